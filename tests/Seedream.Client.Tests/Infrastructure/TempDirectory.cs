using System;
using System.IO;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>A fresh directory under the system temp folder, one per test.</summary>
internal sealed class TempDirectory
{
    private TempDirectory(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public static TempDirectory Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "seedream-client-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempDirectory(path);
    }

    public string[] FileNames()
    {
        var files = Directory.GetFiles(Path);
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = System.IO.Path.GetFileName(files[i]);
        }

        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
