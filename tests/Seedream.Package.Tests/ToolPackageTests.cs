using System;
using System.IO;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>The CLI, packed by <c>dotnet pack Seedream.Generators.sln</c> as its own .NET tool, installs as the <c>seedream</c> command.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task CliPackage_FromTheSolutionsFeed_InstallsAsTheSeedreamCommand_ThatListsEveryShippedModel()
    {
        var feed = await PackedFeed.GetAsync();
        Assert.True(File.Exists(Path.Combine(feed.Directory, $"Seedream.Cli.{feed.Version}.nupkg")), "Packing the solution produced no Seedream.Cli package.");
        var root = Directory.CreateTempSubdirectory("seedream-tool-e2e-").FullName;
        try
        {
            var tools = Path.Combine(root, "tools");
            var install = await DotnetCli.RunAsync(root, new[]
            {
                "tool", "install", "Seedream.Cli", "--version", feed.Version, "--add-source", feed.Directory, "--tool-path", tools,
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
            var extracted = Path.Combine(PackageTestPaths.GlobalPackages, "seedream.cli", feed.Version.ToLowerInvariant());
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }
    }
}
