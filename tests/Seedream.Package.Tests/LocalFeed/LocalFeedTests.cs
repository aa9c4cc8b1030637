using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests.LocalFeed;

/// <summary>
/// The README's local-feed steps, run as written in a home of their own on a clone of the repository: pack, use the
/// packages in a project and install the tool, edit a shipped table without committing, run the same steps again,
/// and the project and the tool see the edit (a package version NuGet has cached is never served for a new pack).
/// It runs in the packed consumer's collection, after that feed is packed, so that no more than two packs of the
/// solution share the machine at once.
/// </summary>
[Collection(PackedConsumerCollection.Name)]
public sealed class LocalFeedTests
{
    private const string Table = "spec/models/seedream-5.0.json";
    private const string Description = "Seedream 5.0: multi-image sets, web search and streaming output.";
    private const string EditedDescription = "Seedream 5.0, as edited here: multi-image sets, web search and streaming output.";
    private static readonly TimeSpan StepsTimeout = TimeSpan.FromMinutes(40);
    private static readonly Regex PackedVersion = new(@"Seedream\.Generators\.(?<version>\d[^ ']*)\.nupkg", RegexOptions.CultureInvariant);

    [Fact]
    public async Task ReadmeSteps_RunTwiceWithAnUncommittedTableEditBetween_TheProjectAndTheToolSeeTheEdit()
    {
        using var home = new IsolatedHome();
        var repository = Path.Combine(home.Root, "repository");
        var project = Path.Combine(home.Root, "MyApp");
        Require(await DotnetCli.RunProgramAsync("git", home.Root, new[] { "clone", "--quiet", RepositoryPaths.Root, repository }, ProcessRunner.HangGuard));
        Assert.Contains(Description, File.ReadAllText(Path.Combine(repository, Table)), StringComparison.Ordinal);
        Require(await home.BashAsync(home.Root, $"dotnet new console -n MyApp -o '{project}'", ProcessRunner.HangGuard));
        File.WriteAllText(Path.Combine(project, "Program.cs"), "System.Console.WriteLine(Seedream.Models.Seedream50.Table.Description);\n");

        var first = await home.BashAsync(home.Root, ReadmeLocalFeedSteps.Script(repository, project, again: false), StepsTimeout);
        Require(first);
        await AssertProjectAndToolSayAsync(home, project, Description);

        File.WriteAllText(Path.Combine(repository, Table), File.ReadAllText(Path.Combine(repository, Table)).Replace(Description, EditedDescription, StringComparison.Ordinal));
        var second = await home.BashAsync(home.Root, ReadmeLocalFeedSteps.Script(repository, project, again: true), StepsTimeout);
        Require(second);
        await AssertProjectAndToolSayAsync(home, project, EditedDescription);

        Assert.NotEqual(PackedVersion.Match(first.Output).Groups["version"].Value, PackedVersion.Match(second.Output).Groups["version"].Value);
    }

    private static async Task AssertProjectAndToolSayAsync(IsolatedHome home, string project, string description)
    {
        var run = await home.BashAsync(project, "dotnet run", ProcessRunner.HangGuard);
        Require(run);
        Assert.Equal(description, run.Output.Trim().Split('\n')[^1]);

        var models = await home.RunAsync(home.GlobalTool("seedream"), new[] { "models", "seedream-5.0" }, ProcessRunner.HangGuard);
        Require(models);
        Assert.Contains("seedream-5.0  " + description, models.Output, StringComparison.Ordinal);
    }

    private static void Require(CommandResult result)
    {
        Assert.True(result.Succeeded, result.Describe());
    }
}
