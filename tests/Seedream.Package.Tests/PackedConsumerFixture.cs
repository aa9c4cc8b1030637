using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>
/// Creates one consumer from the packed feed (<see cref="PackedFeed"/>) the way a user would
/// (<c>dotnet new console</c>, a nuget.config that adds the feed beside the default source,
/// <c>dotnet add package</c>), with a package cache of its own, adds the one item line that declares
/// its own tables, and builds it. Every test of <see cref="PackedConsumerCollection"/> reuses it.
/// </summary>
public sealed class PackedConsumerFixture : IAsyncLifetime
{
    /// <summary>The consumer's table folder, declared in its project file by one item line.</summary>
    public const string TablesFolder = "Tables";


    private readonly string _root = Directory.CreateTempSubdirectory("seedream-package-consumer-").FullName;
    private readonly Dictionary<string, Task<CommandResult>> _sharedBuilds = new();
    private PackedFeed _feed = null!;

    /// <summary>The package version packed for this run.</summary>
    public string Version => _feed.Version;

    /// <summary>The packed Seedream.Generators .nupkg.</summary>
    public string PackagePath => _feed.MainPackage;

    /// <summary>The folder of every packed .nupkg.</summary>
    public string FeedDirectory => _feed.Directory;

    /// <summary>The consumer project's folder.</summary>
    public string ConsumerDirectory => Path.Combine(_root, "Consumer");

    /// <summary>The consumer's own package cache (NUGET_PACKAGES), where its restores extract packages.</summary>
    public string PackageCache => Path.Combine(_root, "packages");

    /// <summary>The first build of the consumer, at normal verbosity.</summary>
    public CommandResult FirstBuild { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _feed = await PackedFeed.GetAsync();
        Require(await DotnetCli.RunAsync(_root, new[] { "new", "console", "-n", "Consumer", "-o", ConsumerDirectory, "--no-restore" }, ProcessRunner.HangGuard));
        File.WriteAllText(Path.Combine(_root, "nuget.config"), _feed.NuGetConfig());
        Require(await RunDotnetAsync(ConsumerDirectory, "add", "package", "Seedream.Generators", "--version", Version));

        DeclareProjectTables();
        Directory.CreateDirectory(Path.Combine(ConsumerDirectory, TablesFolder));
        File.Copy(PackageTestPaths.ConsumerFile("Program.cs"), Path.Combine(ConsumerDirectory, "Program.cs"), overwrite: true);

        FirstBuild = await BuildAsync("-v:n");
        Require(FirstBuild);
    }

    /// <summary>Builds the consumer (restore included, as <c>dotnet build</c> does).</summary>
    /// <param name="extraArguments">More arguments for <c>dotnet build</c>.</param>
    public Task<CommandResult> BuildAsync(params string[] extraArguments)
    {
        var arguments = new List<string> { "build", "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary" };
        arguments.AddRange(extraArguments);
        return RunDotnetAsync(ConsumerDirectory, arguments.ToArray());
    }

    /// <summary>
    /// Runs <paramref name="build"/> the first time <paramref name="key"/> is asked for and hands every
    /// later caller the same result, so several tests can check one build.
    /// </summary>
    /// <param name="key">Names the build.</param>
    /// <param name="build">Prepares the consumer, builds it and restores it.</param>
    public Task<CommandResult> BuildOnceAsync(string key, Func<Task<CommandResult>> build)
    {
        lock (_sharedBuilds)
        {
            if (!_sharedBuilds.TryGetValue(key, out var result))
            {
                result = build();
                _sharedBuilds[key] = result;
            }

            return result;
        }
    }

    /// <summary>Runs <c>dotnet msbuild</c> on the consumer.</summary>
    /// <param name="arguments">The arguments after <c>dotnet msbuild</c>.</param>
    public Task<CommandResult> MSBuildAsync(params string[] arguments)
    {
        var all = new List<string> { "msbuild", "-nodeReuse:false" };
        all.AddRange(arguments);
        return RunDotnetAsync(ConsumerDirectory, all.ToArray());
    }

    /// <summary>
    /// The model tables the consumer's project hands to the compiler: the <c>AdditionalFiles</c> items that carry
    /// <c>SeedreamTableSource</c>, as they stand after the package's target collected them, by full path.
    /// </summary>
    /// <param name="properties">Properties to set, e.g. <c>-p:Name=Value</c>.</param>
    /// <returns>Each table's full path and its source, <c>shipped</c> or <c>project</c>.</returns>
    public async Task<IReadOnlyList<(string Path, string Source)>> ModelTablesAsync(params string[] properties)
    {
        var arguments = new List<string>(properties) { "-t:SeedreamCollectModelTables", "-getItem:AdditionalFiles" };
        var result = await MSBuildAsync(arguments.ToArray());
        Require(result);
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Where(item => item.TryGetProperty("SeedreamTableSource", out var source) && source.GetString()!.Length > 0)
            .Select(item => (item.GetProperty("FullPath").GetString()!, item.GetProperty("SeedreamTableSource").GetString()!))
            .ToList();
    }

    /// <summary>Runs the last build of the consumer without building it again.</summary>
    /// <param name="environment">Variables the program reads.</param>
    /// <param name="arguments">The program's arguments.</param>
    public Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var all = new List<string> { "run", "--no-build", "--" };
        all.AddRange(arguments);
        var withCache = new Dictionary<string, string>(environment) { ["NUGET_PACKAGES"] = PackageCache };
        return DotnetCli.RunAsync(ConsumerDirectory, all, ProcessRunner.HangGuard, withCache);
    }

    /// <summary>
    /// Copies files of ConsumerFiles/ into the consumer until the returned scope is disposed.
    /// </summary>
    /// <param name="files">Pairs of (file under ConsumerFiles/, path inside the consumer).</param>
    public ConsumerFiles AddFiles(params (string Source, string Target)[] files)
    {
        var scope = new ConsumerFiles(ConsumerDirectory);
        foreach (var (source, target) in files)
        {
            scope.Write(target, File.ReadAllText(PackageTestPaths.ConsumerFile(source)));
        }

        return scope;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    private Task<CommandResult> RunDotnetAsync(string workingDirectory, params string[] arguments) =>
        DotnetCli.RunAsync(workingDirectory, arguments, ProcessRunner.HangGuard, new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackageCache });

    private void DeclareProjectTables()
    {
        var project = Path.Combine(ConsumerDirectory, "Consumer.csproj");
        var text = File.ReadAllText(project);
        var line = $"""
              <ItemGroup>
                <SeedreamModelTable Include="{TablesFolder}/*.json" />
              </ItemGroup>

            </Project>
            """;
        File.WriteAllText(project, text.Replace("</Project>", line.TrimStart()));
    }

    private static void Require(CommandResult result, bool condition = true, string? why = null)
    {
        if (!result.Succeeded || !condition)
        {
            throw new InvalidOperationException((why is null ? string.Empty : why + "\n") + result.Describe());
        }
    }
}
