using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>
/// NSwag generates the client's transport when the client itself is built; a consumer's builds,
/// command-line or design-time, never run it and never restore it.
/// </summary>
[Collection(PackedConsumerCollection.Name)]
public sealed class NSwagIsolationTests
{
    private readonly PackedConsumerFixture _consumer;

    public NSwagIsolationTests(PackedConsumerFixture consumer) => _consumer = consumer;

    [Fact]
    public void ConsumerBuild_DoesNotRunNSwag_NorRestoreIt()
    {
        Assert.DoesNotContain("NSwag", _consumer.FirstBuild.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("CoreCompile", _consumer.FirstBuild.Output, StringComparison.Ordinal);

        var assets = File.ReadAllText(Path.Combine(_consumer.ConsumerDirectory, "obj", "project.assets.json"));
        Assert.DoesNotContain("nswag", assets, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("newtonsoft.json", assets, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DesignTimeBuild_DoesNotRunNSwag_AndHandsTheCompilerTheGeneratorAndTables()
    {
        var log = Path.Combine(_consumer.ConsumerDirectory, "obj", "design-time.log");
        var designTime = await _consumer.MSBuildAsync(
            "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingInsideVisualStudio=true", "-p:BuildingProject=false", "-p:SkipCompilerExecution=true",
            "-p:ProvideCommandLineArgs=true", $"-flp:LogFile={log};Verbosity=normal", "-getItem:CscCommandLineArgs");

        Assert.True(designTime.Succeeded, designTime.Describe());
        var logText = File.ReadAllText(log);
        Assert.Contains("CoreCompile:", logText, StringComparison.Ordinal);
        Assert.DoesNotContain("NSwag", logText, StringComparison.OrdinalIgnoreCase);

        var arguments = designTime.Output;
        Assert.Matches(@"""/analyzer:[^""]*/analyzers/dotnet/cs/Seedream\.Generators\.dll""", arguments);
        foreach (var table in new[] { "seedream-5.0.json", "seedream-4.5.json", "seedream-4.0.json" })
        {
            Assert.Matches(@"""/additionalfile:[^""]*/models/" + table.Replace(".", "\\.", StringComparison.Ordinal) + @"""", arguments);
        }
    }
}
