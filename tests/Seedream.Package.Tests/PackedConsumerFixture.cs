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
/// Packs Seedream.Generators once per run into a temporary local feed, with a version of its own
/// (the global NuGet cache would otherwise serve an earlier copy of the same version), then creates
/// one consumer the way a user would (<c>dotnet new console</c>, a nuget.config that adds the feed
/// beside the default source, <c>dotnet add package</c>), adds the one item line that declares its
/// own tables, and builds it. Every test of <see cref="PackedConsumerCollection"/> reuses it.
/// </summary>
public sealed class PackedConsumerFixture : IAsyncLifetime
{
    /// <summary>The consumer's table folder, declared in its project file by one item line.</summary>
    public const string TablesFolder = "Tables";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    private readonly string _root = Directory.CreateTempSubdirectory("seedream-package-e2e-").FullName;
    private readonly Dictionary<string, Task<CommandResult>> _sharedBuilds = new();

    /// <summary>The package version packed for this run, e.g. <c>0.1.0-e2e.638700000000000000</c>.</summary>
    public string Version { get; } = "0.1.0-e2e." + DateTime.UtcNow.Ticks;

    /// <summary>The packed .nupkg.</summary>
    public string PackagePath => Path.Combine(_root, "feed", $"Seedream.Generators.{Version}.nupkg");

    /// <summary>The consumer project's folder.</summary>
    public string ConsumerDirectory => Path.Combine(_root, "Consumer");

    /// <summary>The first build of the consumer, at normal verbosity.</summary>
    public CommandResult FirstBuild { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var feed = Path.Combine(_root, "feed");
        var pack = await DotnetCli.RunAsync(RepositoryPaths.Root, new[]
        {
            "pack", PackageTestPaths.PackingProject, "-o", feed, "--artifacts-path", Path.Combine(_root, "artifacts"),
            "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true", "--disable-build-servers", "-nodeReuse:false",
        }, PackTimeout);
        Require(pack, File.Exists(PackagePath), $"{PackagePath} was not produced.");

        Require(await DotnetCli.RunAsync(_root, new[] { "new", "console", "-n", "Consumer", "-o", ConsumerDirectory, "--no-restore" }, CommandTimeout));
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="seedream-e2e" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        Require(await DotnetCli.RunAsync(ConsumerDirectory, new[] { "add", "package", "Seedream.Generators", "--version", Version }, CommandTimeout));

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
        return DotnetCli.RunAsync(ConsumerDirectory, arguments, CommandTimeout);
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
        return DotnetCli.RunAsync(ConsumerDirectory, all, CommandTimeout);
    }

    /// <summary>
    /// The model tables the consumer's project hands to the compiler: the full paths of its
    /// <c>AdditionalFiles</c> items ending in <c>.json</c>, read from MSBuild's evaluation.
    /// </summary>
    /// <param name="properties">Properties to set, e.g. <c>-p:Name=Value</c>.</param>
    public async Task<IReadOnlyList<string>> ModelTablesAsync(params string[] properties)
    {
        var arguments = new List<string>(properties) { "-getItem:AdditionalFiles" };
        var result = await MSBuildAsync(arguments.ToArray());
        Require(result);
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .Where(path => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>Runs the last build of the consumer without building it again.</summary>
    /// <param name="environment">Variables the program reads.</param>
    /// <param name="arguments">The program's arguments.</param>
    public Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var all = new List<string> { "run", "--no-build", "--" };
        all.AddRange(arguments);
        return DotnetCli.RunAsync(ConsumerDirectory, all, CommandTimeout, environment);
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
        var extracted = Path.Combine(PackageTestPaths.GlobalPackages, "seedream.generators", Version.ToLowerInvariant());
        if (Directory.Exists(extracted))
        {
            Directory.Delete(extracted, recursive: true);
        }

        return Task.CompletedTask;
    }

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
