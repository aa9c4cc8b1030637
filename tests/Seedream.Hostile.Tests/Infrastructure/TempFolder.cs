using System;
using System.IO;

namespace Seedream.Hostile.Tests.Infrastructure;

/// <summary>A fresh folder under the system's temporary folder, removed with everything in it.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("seedream-hostile-");

    public string Path => _folder.FullName;

    public void Dispose() => _folder.Delete(recursive: true);
}
