using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Package.Tests.LocalFeed;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>The CLI, packed by <c>dotnet pack Seedream.Generators.sln</c> as its own .NET tool, installs as the <c>seedream</c> command.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void EveryReadmeLineThatInstallsTheTool_IsTheLineTestedBelow()
    {
        var lines = ReadmeBlocks.Readmes()
            .SelectMany(readme => File.ReadAllLines(readme).Select(line => (Readme: readme, Line: line.Trim())))
            .Where(entry => entry.Line.Contains("dotnet tool ", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, entry => Assert.True(entry.Line == ReadmeLocalFeedSteps.ToolLine.Trim(), $"{entry.Readme}: \"{entry.Line}\" is not the tested \"{ReadmeLocalFeedSteps.ToolLine}\"."));
    }

    [Fact]
    public async Task ReadmesToolLine_OnAMachineWithNoSourceAdded_InstallsTheGlobalSeedreamCommand_ThatListsEveryShippedModel()
    {
        var feed = await PackedFeed.GetAsync();
        Assert.True(File.Exists(Path.Combine(feed.Directory, $"Seedream.Cli.{feed.Version}.nupkg")), "Packing the solution produced no Seedream.Cli package.");
        using var home = new IsolatedHome();
        Directory.CreateSymbolicLink(Path.Combine(home.Home, "seedream-feed"), feed.Directory);

        var install = await home.BashAsync(home.Root, $"version={feed.Version}\n{ReadmeLocalFeedSteps.ToolLine}", ProcessRunner.HangGuard);
        Assert.True(install.Succeeded, install.Describe());

        var models = await home.RunAsync(home.GlobalTool("seedream"), new[] { "models" }, ProcessRunner.HangGuard);
        Assert.True(models.Succeeded, models.Describe());
        Assert.Contains("seedream-5.0", models.Output, StringComparison.Ordinal);
        Assert.Contains("seedream-4.5", models.Output, StringComparison.Ordinal);
        Assert.Contains("seedream-4.0", models.Output, StringComparison.Ordinal);
    }
}
