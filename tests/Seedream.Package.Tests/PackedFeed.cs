using System;
using System.IO;
using System.Threading.Tasks;
using Seedream.Testing;

namespace Seedream.Package.Tests;

/// <summary>
/// The packages of this repository, packed once per test run by the documented command,
/// <c>dotnet pack Seedream.Generators.sln</c>, into a temporary local feed with one version of their own
/// (a machine's package caches never hold it), shared by every consumer the tests build.
/// </summary>
public sealed class PackedFeed
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(30);
    private static readonly Lazy<Task<PackedFeed>> Shared = new(PackAsync);

    private PackedFeed(string root, string version)
    {
        Root = root;
        Version = version;
    }

    /// <summary>The temporary folder that holds the feed and the consumers; removed when the test process ends.</summary>
    public string Root { get; }

    /// <summary>The folder of the packed .nupkg files.</summary>
    public string Directory => Path.Combine(Root, "feed");

    /// <summary>The version every package was packed with, e.g. <c>0.1.0-e2e.638700000000000000</c>.</summary>
    public string Version { get; }

    /// <summary>The packed Seedream.Generators package.</summary>
    public string MainPackage => Path.Combine(Directory, $"Seedream.Generators.{Version}.nupkg");

    /// <summary>The feed, packed on the first call.</summary>
    public static Task<PackedFeed> GetAsync() => Shared.Value;

    /// <summary>
    /// A nuget.config that adds the feed beside the sources the machine already has, and takes any package
    /// the machine's own cache holds from there, so that a consumer's cache only receives this run's packages.
    /// </summary>
    public string NuGetConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="seedream-e2e" value="{Directory}" />
          </packageSources>
          <fallbackPackageFolders>
            <add key="machine" value="{PackageTestPaths.GlobalPackages}" />
          </fallbackPackageFolders>
        </configuration>
        """;

    private static async Task<PackedFeed> PackAsync()
    {
        var feed = new PackedFeed(System.IO.Directory.CreateTempSubdirectory("seedream-package-e2e-").FullName, "0.1.0-e2e." + DateTime.UtcNow.Ticks);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(feed.Root, recursive: true);
        var pack = await DotnetCli.RunAsync(RepositoryPaths.Root, new[]
        {
            "pack", PackageTestPaths.Solution, "-o", feed.Directory, "--artifacts-path", Path.Combine(feed.Root, "artifacts"),
            "-p:Version=" + feed.Version, "-p:ContinuousIntegrationBuild=true", "--disable-build-servers", "-nodeReuse:false",
        }, PackTimeout);
        if (!pack.Succeeded)
        {
            throw new InvalidOperationException("Packing the solution failed.\n" + pack.Describe());
        }

        if (!File.Exists(feed.MainPackage))
        {
            throw new InvalidOperationException($"{feed.MainPackage} was not produced.");
        }

        return feed;
    }
}
