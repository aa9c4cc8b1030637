using System;
using System.IO;

namespace Seedream.Package.Tests;

/// <summary>Locates the repository and the consumer's source files from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PackingProject { get; } =
        Path.Combine(Root, "runtime", "Seedream.Generators.Package", "Seedream.Generators.Package.csproj");

    public static string CliProject { get; } =
        Path.Combine(Root, "runtime", "Seedream.Cli", "Seedream.Cli.csproj");

    /// <summary>The global NuGet packages folder, where restores extract packages.</summary>
    public static string GlobalPackages { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>A file of ConsumerFiles/, copied beside the test assembly.</summary>
    public static string ConsumerFile(string relativePath) =>
        Path.Combine(AppContext.BaseDirectory, "ConsumerFiles", relativePath);

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
