using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>
/// The package in consumer projects set up as people really set them up, each built with warnings as errors
/// from the package packed once: every setup builds clean, or fails with the one expected diagnostic at the
/// expected file.
/// </summary>
[Collection(ConsumerMatrixCollection.Name)]
public sealed class ConsumerMatrixTests
{
    private readonly ConsumerMatrixFixture _matrix;

    public ConsumerMatrixTests(ConsumerMatrixFixture matrix) => _matrix = matrix;

    [Theory]
    [InlineData("Lib.csproj")]
    [InlineData("Lib.Tests.csproj")]
    [InlineData("Lib.TestsWithoutPackage.csproj")]
    [InlineData("First.csproj")]
    [InlineData("Second.csproj")]
    [InlineData("TwoLibraries.Tests.csproj")]
    [InlineData("Lib414.csproj")]
    [InlineData("Lib414.Tests.csproj")]
    [InlineData("Strict.csproj")]
    [InlineData("MultiTarget.csproj")]
    [InlineData("Legacy.csproj")]
    [InlineData("OverrideCase.csproj")]
    [InlineData("SharedBuildFiles.csproj")]
    [InlineData("OwnTablesLib.csproj")]
    [InlineData("OwnTablesApp.csproj")]
    [InlineData("Upstream.csproj")]
    public void Setup_BuildsClean_WithWarningsAsErrors(string project)
    {
        Assert.True(_matrix.Clean.Result.Output.Contains(Path.GetFileNameWithoutExtension(project) + " -> ", StringComparison.Ordinal), $"{project} produced no assembly.\n{_matrix.Clean.Result.Describe()}");
        Assert.Empty(_matrix.Clean.ErrorsOf(project));
    }

    [Fact]
    public void CleanBuild_HasNoErrorOrWarningAtAll()
    {
        Assert.True(_matrix.Clean.Result.Succeeded, _matrix.Clean.Result.Describe());
        Assert.Empty(_matrix.Clean.Problems);
    }

    [Theory]
    [InlineData("application builder 8:3, application catalog: valid 8:3")]
    [InlineData("library builder 7:3, library catalog: valid 7:3")]
    [InlineData("by id 8:3, application catalog: valid 8:3")]
    [InlineData("by id 8:3, library catalog: refused size")]
    [InlineData("by id 7:3, application catalog: refused size")]
    [InlineData("by id 7:3, library catalog: valid 7:3")]
    public void ApplicationAndLibraryWithOwnTablesForOneId_EachValidatesAgainstItsOwnTable_InOneProcess(string expectedLine)
    {
        var run = _matrix.OwnTablesRun;

        Assert.True(run.Succeeded, run.Describe());
        Assert.Contains(run.Output.Split('\n'), line => line.StartsWith(expectedLine, StringComparison.Ordinal));
    }

    [Fact]
    public void OverrideNamedUnlikeTheShippedTable_WinsFromAPackageCacheThatSortsAfterTheProject_Too()
    {
        Assert.True(_matrix.OverrideFromOtherCache.Result.Succeeded, _matrix.OverrideFromOtherCache.Result.Describe());
        Assert.Empty(_matrix.OverrideFromOtherCache.Problems);
    }

    [Fact]
    public void TwoProjectTablesWithOneId_FailWithOneErrorAtTheSecondTable()
    {
        var error = Assert.Single(_matrix.Failing.ErrorsOf("TwoIds.csproj"));

        Assert.Equal(("b-second.json", 2, "SEEDREAM010"), (error.FileName, error.Line, error.Id));
        Assert.Contains("also declared by " + Path.Combine(_matrix.Failing.Directory, "TwoIds", "Tables", "a-first.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeNameEqualToAnotherModelsDerivedName_FailsWithOneErrorAtThatTable_AndEveryOtherBuilderCompiles()
    {
        var error = Assert.Single(_matrix.Failing.ErrorsOf("NameClash.csproj"));

        Assert.Equal(("b-nova-size.json", 3, "SEEDREAM011"), (error.FileName, error.Line, error.Id));
        Assert.Contains("which model \"nova\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GlobalReference.csproj")]
    [InlineData("NoCompileAssets.csproj")]
    public void ReferenceWithoutCompileAssets_FailsWithOneErrorSayingHowToReferenceThePackage(string project)
    {
        var error = Assert.Single(_matrix.Failing.ErrorsOf(project));

        Assert.Equal("SEEDREAM012", error.Id);
        Assert.Contains("<PackageReference Include=\"Seedream.Generators\"", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A project with <c>&lt;SeedreamHost&gt;modelark&lt;/SeedreamHost&gt;</c> (whose valid requests build clean in Upstream.csproj)
    /// asks for guidance_scale and a webhook, which only the gateway takes: each call is the compiler's CS1061 and a
    /// SEEDREAM109 on the same line that names the host the project targets and the host that has the option.
    /// </summary>
    [Theory]
    [InlineData("GuidanceScaleAtModelArk.cs", "seedream-4.0 does not support GuidanceScale (extra.guidance_scale) at modelark (BytePlus ModelArk)")]
    [InlineData("CallbackUrlAtModelArk.cs", "seedream-5.0 does not support CallbackUrl (callback_url) at modelark (BytePlus ModelArk)")]
    public void GatewayOnlyOption_InAProjectTargetingModelArk_FailsWithAnErrorNamingTheGateway(string file, string expectedStart)
    {
        var errors = _matrix.Failing.ErrorsOf("UpstreamGatewayOnly.csproj").Where(error => error.FileName == file).ToList();

        Assert.Equal(new[] { "CS1061", "SEEDREAM109" }, errors.Select(error => error.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Single(errors.Select(error => error.Line).Distinct());
        var teaching = errors.Single(error => error.Id == "SEEDREAM109").Message;
        Assert.StartsWith(expectedStart, teaching, StringComparison.Ordinal);
        Assert.Contains("It does at: gateway (the task API, /v1/tasks).", teaching, StringComparison.Ordinal);
    }

    [Fact]
    public void FailingBuild_FailsOnlyInTheSetupsThatMustFail()
    {
        Assert.False(_matrix.Failing.Result.Succeeded);
        var failing = BuildDiagnostic.ErrorsIn(_matrix.Failing.Result.Output).Select(error => error.Project).Distinct().OrderBy(name => name, StringComparer.Ordinal);
        Assert.Equal(new[] { "GlobalReference.csproj", "NameClash.csproj", "NoCompileAssets.csproj", "TwoIds.csproj", "UpstreamGatewayOnly.csproj" }, failing);
    }

    [Fact]
    public void TablesDeclaredInDirectoryBuildTargets_ReachTheCompiler_InADesignTimeBuild()
    {
        var designTime = _matrix.SharedBuildFilesDesignTime;

        Assert.True(designTime.Succeeded, designTime.Describe());
        var tables = Path.Combine(_matrix.CleanDirectory, "SharedBuildFiles");
        Assert.Contains("/additionalfile:" + Path.Combine(tables, "Tables", "seedream-6.0.json"), designTime.Output, StringComparison.Ordinal);
        Assert.Contains("/additionalfile:" + Path.Combine(tables, "Overrides", "our-4.5.json"), designTime.Output, StringComparison.Ordinal);
        Assert.Contains("/analyzerconfig:", designTime.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TableAddedAfterTheTablesReachedTheCompiler_IsAnErrorNamingIt()
    {
        var build = _matrix.SharedBuildFilesWithLateTable;

        Assert.False(build.Succeeded, build.Describe());
        var error = Assert.Single(BuildDiagnostic.ErrorsIn(build.Output));
        Assert.Equal(("SharedBuildFiles.csproj", "SEEDREAM013"), (error.FileName, error.Id));
        Assert.Contains(Path.Combine("Tables", "late.json") + " did not reach the compiler", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCSharpBlockOfTheReadmes_Compiles_AgainstThePackages()
    {
        Assert.True(_matrix.ReadmeBlockCount >= 4, $"Only {_matrix.ReadmeBlockCount} C# blocks were found in the READMEs.");
        var errors = BuildDiagnostic.ErrorsIn(_matrix.Readme.Result.Output);
        Assert.True(errors.Count == 0, "README blocks that do not compile:\n" + string.Join('\n', errors.Select(error => $"{error.FileName}({error.Line}): {error.Id} {error.Message}")));
        Assert.True(_matrix.Readme.Result.Succeeded, _matrix.Readme.Result.Describe());
    }
}
