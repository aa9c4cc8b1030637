using System;
using System.IO;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>The CLI packs as its own .NET tool, which installs as the <c>seedream</c> command.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task CliPackage_InstallsAsTheSeedreamCommand_ThatListsEveryShippedModel()
    {
        var version = "0.1.0-e2e." + DateTime.UtcNow.Ticks;
        var root = Directory.CreateTempSubdirectory("seedream-tool-e2e-").FullName;
        try
        {
            var feed = Path.Combine(root, "feed");
            var pack = await DotnetCli.RunAsync(RepositoryPaths.Root, new[]
            {
                "pack", PackageTestPaths.CliProject, "-o", feed, "--artifacts-path", Path.Combine(root, "artifacts"),
                "-p:Version=" + version, "--disable-build-servers", "-nodeReuse:false",
            }, TimeSpan.FromMinutes(6));
            Assert.True(pack.Succeeded, pack.Describe());
            Assert.True(File.Exists(Path.Combine(feed, $"Seedream.Cli.{version}.nupkg")), pack.Describe());

            var tools = Path.Combine(root, "tools");
            var install = await DotnetCli.RunAsync(root, new[]
            {
                "tool", "install", "Seedream.Cli", "--version", version, "--add-source", feed, "--tool-path", tools,
            }, TimeSpan.FromMinutes(3));
            Assert.True(install.Succeeded, install.Describe());

            var models = await ProcessRunner.RunAsync(Path.Combine(tools, "seedream"), new[] { "models" }, root, TimeSpan.FromMinutes(1));
            Assert.True(models.Succeeded, models.Describe());
            Assert.Contains("seedream-5.0", models.Output, StringComparison.Ordinal);
            Assert.Contains("seedream-4.5", models.Output, StringComparison.Ordinal);
            Assert.Contains("seedream-4.0", models.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            var extracted = Path.Combine(PackageTestPaths.GlobalPackages, "seedream.cli", version.ToLowerInvariant());
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }
    }
}
