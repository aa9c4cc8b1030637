using System;
using System.IO;
using Seedream.Testing;

namespace Seedream.Package.Tests;

/// <summary>The solution, the NuGet cache and the consumer's source files.</summary>
internal static class PackageTestPaths
{
    /// <summary>The repository's solution, which packs every package.</summary>
    public static string Solution { get; } = RepositoryPaths.Of("Seedream.Generators.sln");

    /// <summary>The global NuGet packages folder, where restores extract packages.</summary>
    public static string GlobalPackages { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>A file of ConsumerFiles/, copied beside the test assembly.</summary>
    public static string ConsumerFile(string relativePath) =>
        Path.Combine(AppContext.BaseDirectory, "ConsumerFiles", relativePath);
}
