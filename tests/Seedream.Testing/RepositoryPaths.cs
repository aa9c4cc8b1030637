using System;
using System.IO;

namespace Seedream.Testing;

/// <summary>Locates files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds <c>Seedream.Generators.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A file under <c>spec/</c>, e.g. <c>seedream-tasks.openapi.json</c>.</summary>
    public static string Spec(string relativePath) => Path.Combine(Root, "spec", relativePath);

    /// <summary>A shipped model table, e.g. <c>seedream-5.0.json</c>.</summary>
    public static string ModelTable(string fileName) => Path.Combine(Root, "spec", "models", fileName);

    /// <summary>A file or folder relative to the repository root.</summary>
    public static string Of(params string[] relativePath) => Path.Combine(Root, Path.Combine(relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Seedream.Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Seedream.Generators.sln was not found above {AppContext.BaseDirectory}.");
    }
}
