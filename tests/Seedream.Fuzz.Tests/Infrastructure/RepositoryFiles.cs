using System;
using System.IO;

namespace Seedream.Fuzz.Tests.Infrastructure;

/// <summary>Files of the repository, found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ModelTable(string fileName) => Path.Combine(Root, "spec", "models", fileName);

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
