using System;
using System.Collections.Generic;
using System.IO;

namespace Seedream.Package.Tests;

/// <summary>Files written into the consumer for one test; disposing removes them, so the next test starts clean.</summary>
public sealed class ConsumerFiles : IDisposable
{
    private readonly string _consumerDirectory;
    private readonly List<string> _written = new();

    internal ConsumerFiles(string consumerDirectory) => _consumerDirectory = consumerDirectory;

    /// <summary>Writes (or overwrites) <paramref name="relativePath"/> in the consumer.</summary>
    /// <param name="relativePath">The path inside the consumer's folder.</param>
    /// <param name="content">The file's text.</param>
    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(_consumerDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        if (!_written.Contains(path))
        {
            _written.Add(path);
        }
    }

    /// <summary>Replaces the text of a file in the consumer with the text of a file under ConsumerFiles/.</summary>
    /// <param name="source">The file under ConsumerFiles/.</param>
    /// <param name="relativePath">The path inside the consumer's folder.</param>
    public void Replace(string source, string relativePath) =>
        Write(relativePath, File.ReadAllText(PackageTestPaths.ConsumerFile(source)));

    /// <summary>Removes every file written through this scope.</summary>
    public void Dispose()
    {
        foreach (var path in _written)
        {
            File.Delete(path);
        }
    }
}
