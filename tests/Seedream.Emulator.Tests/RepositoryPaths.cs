using System;
using System.IO;

namespace Seedream.Emulator.Tests;

/// <summary>Locates files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Spec(string relativePath) => Path.Combine(Root, "spec", relativePath);

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
