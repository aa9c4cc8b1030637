using System;
using System.Threading;

namespace Seedream.Emulator;

/// <summary>The emulator's own base address, known once Kestrel has bound its port; links in answers are built from it.</summary>
internal sealed class EmulatorAddress
{
    private Uri? _baseAddress;

    /// <summary>The base address, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    /// <exception cref="InvalidOperationException">The server has not started yet.</exception>
    public Uri BaseAddress
    {
        get => Volatile.Read(ref _baseAddress) ?? throw new InvalidOperationException("The emulator's address is known only after it has started.");
        set => Volatile.Write(ref _baseAddress, value);
    }

    /// <summary>The absolute URL of <paramref name="path"/> on the emulator.</summary>
    /// <param name="path">A path without the leading slash, e.g. <c>v1/tasks/task-1</c>.</param>
    public string Absolute(string path) => new Uri(BaseAddress, path).AbsoluteUri;
}
