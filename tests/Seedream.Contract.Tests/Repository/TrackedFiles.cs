using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Seedream.Testing;

namespace Seedream.Contract.Tests.Repository;

/// <summary>The files git tracks in the repository, by path relative to its root with <c>/</c> separators, and the folders that hold them.</summary>
internal sealed class TrackedFiles
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Builds the set from repository-relative file paths.</summary>
    /// <param name="files">Paths such as <c>runtime/Seedream.Client/SeedreamClient.cs</c>.</param>
    public TrackedFiles(IEnumerable<string> files)
    {
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        foreach (var file in _files)
        {
            _names.Add(file[(file.LastIndexOf('/') + 1)..]);
            for (var slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
            {
                _folders.Add(file[..slash]);
            }
        }
    }

    /// <summary>The paths, in ordinal order.</summary>
    public IEnumerable<string> Paths => _files.Order(StringComparer.Ordinal);

    /// <summary>What <c>git ls-files</c> lists in the repository at <see cref="RepositoryPaths.Root"/>.</summary>
    public static async Task<TrackedFiles> OfRepositoryAsync()
    {
        var listing = await ProcessRunner.RunAsync("git", new[] { "-c", "core.quotePath=false", "ls-files" }, RepositoryPaths.Root, TimeSpan.FromMinutes(2));
        if (!listing.Succeeded)
        {
            throw new InvalidOperationException(listing.Describe());
        }

        return new TrackedFiles(listing.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Whether a tracked file or folder has the path; <c>*</c> matches within one folder, <c>**</c> across folders.</summary>
    /// <param name="path">A normalized repository-relative path; the empty path is the root.</param>
    public bool Exists(string path)
    {
        if (path.Length == 0 || _files.Contains(path) || _folders.Contains(path))
        {
            return true;
        }

        if (!path.Contains('*', StringComparison.Ordinal))
        {
            return false;
        }

        var pattern = new Regex("^" + Regex.Escape(path).Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
        return _files.Any(pattern.IsMatch) || _folders.Any(pattern.IsMatch);
    }

    /// <summary>Whether a tracked folder has the path.</summary>
    /// <param name="path">A normalized repository-relative path.</param>
    public bool IsFolder(string path) => _folders.Contains(path);

    /// <summary>Whether some tracked file, in any folder, has the name.</summary>
    /// <param name="name">A file name without folders, e.g. <c>README.md</c>.</param>
    public bool HasFileNamed(string name) => _names.Contains(name);

    /// <summary>The text of a tracked file as it is in the working tree.</summary>
    /// <param name="path">A repository-relative path.</param>
    public static string Read(string path) => File.ReadAllText(RepositoryPaths.Of(path.Split('/')));
}
