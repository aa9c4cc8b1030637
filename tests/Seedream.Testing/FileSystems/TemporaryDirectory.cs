using System;
using System.IO;
using System.Linq;

namespace Seedream.Testing;

/// <summary>A fresh, empty folder under the system's temporary folder for one test; deleted with everything in it on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates the folder, named <paramref name="prefix"/> and a random suffix.</summary>
    /// <param name="prefix">The start of the folder's name, telling whose it is when one is left behind.</param>
    public TemporaryDirectory(string prefix = "seedream-tests-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    /// <param name="parts">Names below the folder, e.g. <c>"images", "task-1-0.png"</c>.</param>
    public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

    /// <summary>The names of the files directly in the folder, in ordinal order.</summary>
    public string[] FileNames() =>
        Directory.GetFiles(Path).Select(file => System.IO.Path.GetFileName(file)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Deletes the folder and everything in it, if it is still there.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
