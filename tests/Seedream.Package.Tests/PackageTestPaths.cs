using System;
using System.IO;
using Seedream.Testing;

namespace Seedream.Package.Tests;

/// <summary>The packing projects, the NuGet cache and the consumer's source files.</summary>
internal static class PackageTestPaths
{
    public static string PackingProject { get; } =
        RepositoryPaths.Of("runtime", "Seedream.Generators.Package", "Seedream.Generators.Package.csproj");

    public static string EmulatorPackingProject { get; } =
        RepositoryPaths.Of("runtime", "Seedream.Emulator.Package", "Seedream.Emulator.Package.csproj");

    public static string CliProject { get; } =
        RepositoryPaths.Of("runtime", "Seedream.Cli", "Seedream.Cli.csproj");

    /// <summary>The global NuGet packages folder, where restores extract packages.</summary>
    public static string GlobalPackages { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>A file of ConsumerFiles/, copied beside the test assembly.</summary>
    public static string ConsumerFile(string relativePath) =>
        Path.Combine(AppContext.BaseDirectory, "ConsumerFiles", relativePath);
}
