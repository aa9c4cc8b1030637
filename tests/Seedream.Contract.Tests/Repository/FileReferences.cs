using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Seedream.Contract.Tests.Repository;

/// <summary>
/// The repository files that the prose of a tracked file (<see cref="CommentText"/>) names. A name counts as a file of the
/// repository when it is
/// <list type="bullet">
/// <item>a path under a top folder (<c>generator/</c>, <c>runtime/</c>, <c>spec/</c>, <c>tests/</c>), from the root;</item>
/// <item>a path starting <c>../</c>, or <c>./</c> with a known extension, from the naming file's folder (unless it leaves the repository);</item>
/// <item>another path with a folder and a known extension (<c>Parsing/TableParser.cs</c>), from the naming file's folder or
/// one above it, when one of those folders has its first folder (otherwise it is a file of a user's project, such as
/// <c>models/my-model.json</c>);</item>
/// <item>a bare name of a document, script or source file (<c>.md</c>, <c>.sh</c>, or <c>.cs</c> other than a generated
/// <c>.g.cs</c>), which some tracked file must have. (Bare project names are left alone: tests build projects such as
/// <c>Consumer.csproj</c> that only exist while they run.)</item>
/// </list>
/// A path is written with <c>/</c>; <c>*</c> and <c>**</c> are wildcards. A path quoted as a JSON value
/// (<c>"$schema": "../model-table.schema.json"</c>) shows what a file contains and names nothing.
/// </summary>
internal static class FileReferences
{
    private static readonly string[] TopFolders = { "generator", "runtime", "spec", "tests" };

    private static readonly Regex PathLike = new(
        @"(?<![\w./@:$%)\\-])(?:\.{1,2}/)*[\w*-][\w.*-]*(?:/[\w.*-]+)*/?",
        RegexOptions.CultureInvariant);

    private static readonly Regex KnownExtension = new(@"\.(cs|md|csproj|props|targets|json|sh|sln|slnx|txt)$", RegexOptions.CultureInvariant);

    private static readonly Regex RepositoryFileName = new(@"^[\w.-]+\.(md|sh|cs)$", RegexOptions.CultureInvariant);

    /// <summary>The names in <paramref name="text"/> of repository files or folders that <paramref name="tracked"/> does not have, in order.</summary>
    /// <param name="path">The naming file's repository-relative path, e.g. <c>runtime/Seedream.Cli/README.md</c>.</param>
    /// <param name="text">Its whole text.</param>
    /// <param name="tracked">The repository's files.</param>
    public static IEnumerable<string> Missing(string path, string text, TrackedFiles tracked)
    {
        var folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : string.Empty;
        var prose = CommentText.Of(path, text);
        foreach (Match match in PathLike.Matches(prose))
        {
            var name = match.Value.TrimEnd('.');
            if (!QuotedAsJsonValue(prose, match.Index) && !Exists(name, folder, tracked))
            {
                yield return name;
            }
        }
    }

    private static bool Exists(string name, string folder, TrackedFiles tracked)
    {
        var path = name.TrimEnd('/');
        if (path.StartsWith("../", StringComparison.Ordinal) || (path.StartsWith("./", StringComparison.Ordinal) && KnownExtension.IsMatch(path)))
        {
            var resolved = Normalize(folder + "/" + path);
            return resolved is null || tracked.Exists(resolved);
        }

        if (path.StartsWith("./", StringComparison.Ordinal))
        {
            return true;
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return !RepositoryFileName.IsMatch(path) || path.EndsWith(".g.cs", StringComparison.Ordinal) || tracked.HasFileNamed(path);
        }

        var first = path[..slash];
        if (TopFolders.Contains(first, StringComparer.Ordinal))
        {
            return tracked.Exists(path);
        }

        if (!KnownExtension.IsMatch(path))
        {
            return true;
        }

        var above = FoldersUpFrom(folder).ToList();
        return above.Any(start => tracked.Exists(Join(start, path))) || !above.Any(start => tracked.IsFolder(Join(start, first)));
    }

    private static bool QuotedAsJsonValue(string text, int index) =>
        index > 0 && text[index - 1] == '"' && text.AsSpan(0, index - 1).TrimEnd().EndsWith(":", StringComparison.Ordinal);

    private static IEnumerable<string> FoldersUpFrom(string folder)
    {
        for (var current = folder; ; current = current.Contains('/', StringComparison.Ordinal) ? current[..current.LastIndexOf('/')] : string.Empty)
        {
            yield return current;
            if (current.Length == 0)
            {
                yield break;
            }
        }
    }

    private static string Join(string folder, string path) => folder.Length == 0 ? path : folder + "/" + path;

    /// <summary>The path with <c>.</c> and <c>..</c> resolved, or <see langword="null"/> when it leaves the root.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
