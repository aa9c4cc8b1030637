using System;
using System.IO;

namespace Seedream.Cli.Tests;

/// <summary>An empty folder for one test, the working directory of the CLI it runs; deleted afterwards.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TemporaryDirectory()
    {
        Path = Directory.CreateTempSubdirectory("seedream-cli-").FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Deletes the folder and everything in it.</summary>
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
