using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>
/// A newcomer's own model, end to end from the packed packages: the packed <c>seedream</c> tool makes the table in one
/// step, the project declares it with one item line, and the program runs it through the in-process emulator with the
/// wiring the README shows.
/// </summary>
public sealed class OwnModelConsumerTests
{

    [Fact]
    public async Task TableMadeByTheTool_BuildsWithoutAWarning_AndRunsThroughTheInProcessEmulator_GivenTheProjectsTables()
    {
        var feed = await PackedFeed.GetAsync();
        var root = Directory.CreateTempSubdirectory("seedream-own-model-").FullName;
        try
        {
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
            File.WriteAllText(Path.Combine(root, "nuget.config"), feed.NuGetConfig());
            var consumer = Path.Combine(root, "OwnModel");
            var tools = Path.Combine(root, "tools");
            Require(await DotnetCli.RunAsync(root, new[] { "tool", "install", "Seedream.Cli", "--version", feed.Version, "--tool-path", tools }, ProcessRunner.HangGuard, environment));
            Require(await DotnetCli.RunAsync(root, new[] { "new", "console", "-n", "OwnModel", "-o", consumer, "--no-restore" }, ProcessRunner.HangGuard, environment));
            Require(await DotnetCli.RunAsync(consumer, new[] { "add", "package", "Seedream.Generators", "--version", feed.Version }, ProcessRunner.HangGuard, environment));
            Require(await DotnetCli.RunAsync(consumer, new[] { "add", "package", "Seedream.Emulator", "--version", feed.Version }, ProcessRunner.HangGuard, environment));

            var newTable = await ProcessRunner.RunAsync(Path.Combine(tools, "seedream"), new[] { "models", "--new", "seedream-6.0", "--from", "seedream-5.0" }, consumer, ProcessRunner.HangGuard);
            Require(newTable);
            Assert.True(File.Exists(Path.Combine(consumer, "models", "seedream-6.0.json")), newTable.Describe());
            Assert.True(File.Exists(Path.Combine(consumer, "model-table.schema.json")), newTable.Describe());
            var project = Path.Combine(consumer, "OwnModel.csproj");
            File.WriteAllText(project, File.ReadAllText(project).Replace(
                "</Project>",
                "  <ItemGroup>\n    <SeedreamModelTable Include=\"models/*.json\" />\n  </ItemGroup>\n\n</Project>",
                StringComparison.Ordinal));
            File.Copy(PackageTestPaths.ConsumerFile("OwnModel/Program.cs"), Path.Combine(consumer, "Program.cs"), overwrite: true);

            var build = await DotnetCli.RunAsync(consumer, new[] { "build", "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary" }, ProcessRunner.HangGuard, environment);
            Require(build);
            Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);

            var images = Path.Combine(root, "images");
            var run = await DotnetCli.RunAsync(consumer, new[] { "run", "--no-build", "--", images }, ProcessRunner.HangGuard, environment);
            Require(run);
            Assert.Contains(
                "without the tables: model 'seedream-6.0' is not known; known models: seedream-4.0, seedream-4.5, seedream-5.0. A model of your own needs its table: " +
                "add SeedreamProjectModels.Tables (the project's own tables) to SeedreamClientOptions.ModelTables, or to EmulatorOptions.ModelTables for an emulator in process; " +
                "on the command line, give it with --model-table FILE.",
                run.Output,
                StringComparison.Ordinal);
            Assert.Equal(2, run.Output.Split('\n').Count(line => line.StartsWith("seedream-6.0: saved ", StringComparison.Ordinal)));
            Assert.Equal(2, Directory.GetFiles(images).Length);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Require(CommandResult result)
    {
        Assert.True(result.Succeeded, result.Describe());
    }
}
