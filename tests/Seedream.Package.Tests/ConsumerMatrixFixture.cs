using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>
/// Builds the consumer setups of ConsumerFiles/Matrix from the packed feed, with warnings as errors: the
/// setups that must build clean in one build, the setups that must fail with one diagnostic each in
/// another, and the override named unlike the shipped table once more from a package cache at another
/// place, and a project made of the READMEs' C# blocks. The four builds run at once, each building its
/// projects in parallel; each kind of setup has a package cache of its own. Once the clean build is done,
/// its OwnTablesApp runs (an application and its library with tables of their own for one model id).
/// Then the design-time build and the late-table build of the setup whose tables are declared in
/// Directory.Build.targets.
/// </summary>
public sealed class ConsumerMatrixFixture : IAsyncLifetime
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(25);

    private readonly string _root = Directory.CreateTempSubdirectory("seedream-matrix-").FullName;
    private PackedFeed _feed = null!;

    /// <summary>The build of every setup that must build clean (ConsumerFiles/Matrix/Clean).</summary>
    public MatrixBuild Clean { get; private set; } = null!;

    /// <summary>The build of every setup that must fail with one diagnostic (ConsumerFiles/Matrix/Failing).</summary>
    public MatrixBuild Failing { get; private set; } = null!;

    /// <summary>The override setup built again from a package cache that sorts after the project, not before it.</summary>
    public MatrixBuild OverrideFromOtherCache { get; private set; } = null!;

    /// <summary>The design-time build (Compile, compiler not run) of the setup whose tables Directory.Build.targets declares.</summary>
    public CommandResult SharedBuildFilesDesignTime { get; private set; } = null!;

    /// <summary>That setup built with a target that adds a table after the tables reached the compiler.</summary>
    public CommandResult SharedBuildFilesWithLateTable { get; private set; } = null!;

    /// <summary>
    /// The run of the clean build's OwnTablesApp, which validates its own and its library's seedream-6.0 requests,
    /// one line per check.
    /// </summary>
    public CommandResult OwnTablesRun { get; private set; } = null!;

    /// <summary>The build of a project made of every C# block of the repository's READMEs.</summary>
    public MatrixBuild Readme { get; private set; } = null!;

    /// <summary>How many C# blocks the READMEs have.</summary>
    public int ReadmeBlockCount { get; private set; }

    /// <summary>The folder of the clean build's copy of the setups.</summary>
    public string CleanDirectory => Path.Combine(_root, "clean");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _feed = await PackedFeed.GetAsync();
        var clean = BuildAsync("Clean", CleanDirectory, "0-cache-clean", "All.slnx");
        var failing = BuildAsync("Failing", Path.Combine(_root, "failing"), "0-cache-failing", "All.slnx");
        var otherCache = BuildAsync("Clean/OverrideCase", Path.Combine(_root, "other-cache", "Consumer"), "../zz-cache", "OverrideCase.csproj");
        var readmeDirectory = Path.Combine(_root, "readme");
        var readme = BuildAsync("../Readme", readmeDirectory, "0-cache-readme", "Readme.csproj", () =>
        {
            ReadmeBlockCount = ReadmeBlocks.WriteSources(readmeDirectory);
            ReadmeProperties.Write(readmeDirectory);
        });
        Clean = await clean;
        OwnTablesRun = await DotnetCli.RunAsync(CleanDirectory, new[] { Path.Combine(CleanDirectory, "OwnTables", "App", "bin", "Debug", "net10.0", "OwnTablesApp.dll") }, ProcessRunner.HangGuard);
        Readme = await readme;
        Failing = await failing;
        OverrideFromOtherCache = await otherCache;

        var sharedBuildFiles = Path.Combine(CleanDirectory, "SharedBuildFiles");
        SharedBuildFilesDesignTime = await DotnetAsync(sharedBuildFiles, Path.Combine(_root, "0-cache-clean"),
            "msbuild", "-nodeReuse:false", "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingInsideVisualStudio=true", "-p:BuildingProject=false",
            "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-p:SeedreamVersion=" + _feed.Version,
            "-getItem:CscCommandLineArgs");
        SharedBuildFilesWithLateTable = await DotnetAsync(sharedBuildFiles, Path.Combine(_root, "0-cache-clean"),
            "build", "--no-restore", "-nodeReuse:false", "-clp:NoSummary", "-p:TreatWarningsAsErrors=true", "-p:AddLateTable=true", "-p:SeedreamVersion=" + _feed.Version);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<MatrixBuild> BuildAsync(string setup, string directory, string cache, string project, Action? prepare = null)
    {
        CopyFolder(Path.GetFullPath(PackageTestPaths.ConsumerFile(Path.Combine("Matrix", setup))), directory);
        prepare?.Invoke();
        File.WriteAllText(Path.Combine(directory, "nuget.config"), _feed.NuGetConfig());
        var result = await DotnetAsync(directory, Path.GetFullPath(Path.Combine(directory, "..", cache)),
            "build", project, "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary", "-p:TreatWarningsAsErrors=true", "-p:SeedreamVersion=" + _feed.Version);
        return new MatrixBuild(directory, result);
    }

    private static Task<CommandResult> DotnetAsync(string directory, string cache, params string[] arguments) =>
        DotnetCli.RunAsync(directory, arguments, BuildTimeout, new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache });

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

/// <summary>One <c>dotnet build</c> of several consumer projects.</summary>
/// <param name="Directory">Where the setups were copied.</param>
/// <param name="Result">The build's exit code and output.</param>
public sealed record MatrixBuild(string Directory, CommandResult Result)
{
    /// <summary>The distinct errors the build reported for one project, whatever file they are in.</summary>
    /// <param name="projectFile">The project's file name, e.g. <c>TwoIds.csproj</c>.</param>
    public IReadOnlyList<BuildDiagnostic> ErrorsOf(string projectFile) =>
        BuildDiagnostic.ErrorsIn(Result.Output).Where(error => error.Project == projectFile).ToList();

    /// <summary>Every distinct error and warning line of the build.</summary>
    public IReadOnlyList<string> Problems =>
        Result.Output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning ", StringComparison.Ordinal)).Distinct().ToList();
}
