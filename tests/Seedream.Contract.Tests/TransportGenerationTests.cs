using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Contract.Tests;

/// <summary>
/// NSwag runs when, and only when, the spec or its settings changed. Runs the generation target of
/// a copy of the Client project (so the working tree's obj/ is untouched) and reads MSBuild's log.
/// </summary>
public class TransportGenerationTests
{
    private const string Generating = "Seedream: generating the transport from ";
    private const string Skipped = "Skipping target \"GenerateSeedreamTransport\"";
    private const string TasksSpec = "seedream-tasks.openapi.json";
    private const string ModelArkSpec = "modelark-images.openapi.json";

    [Fact]
    public async Task Nswag_RunsOnFirstBuild_NotOnAnUnchangedRebuild_AndAgainAfterTheSpecChanges()
    {
        var root = CopyBuildInputs();
        var project = Path.Combine(root, "runtime", "Seedream.Client", "Seedream.Client.csproj");

        var first = await GenerateAsync(project, restore: true);
        Assert.Equal(new[] { ModelArkSpec, TasksSpec }, GeneratedSpecs(first));
        foreach (var output in new[] { "SeedreamTransport.g.cs", "ModelArkTransport.g.cs" })
        {
            Assert.True(File.Exists(Path.Combine(root, "runtime", "Seedream.Client", "obj", "Debug", "net8.0", output)), first);
        }

        var unchanged = await GenerateAsync(project, restore: false);
        Assert.Empty(GeneratedSpecs(unchanged));
        Assert.Equal(2, CountOf(Skipped, unchanged));

        Touch(Path.Combine(root, "spec", TasksSpec));
        Assert.Equal(new[] { TasksSpec }, GeneratedSpecs(await GenerateAsync(project, restore: false)));
    }

    /// <summary>Each host's transport has its own inputs: editing one host's spec or NSwag settings regenerates that transport alone.</summary>
    [Fact]
    public async Task EachTransport_IsRegeneratedOnlyWhenItsOwnSpecOrSettingsChange()
    {
        var root = CopyBuildInputs();
        var project = Path.Combine(root, "runtime", "Seedream.Client", "Seedream.Client.csproj");
        Assert.Equal(new[] { ModelArkSpec, TasksSpec }, GeneratedSpecs(await GenerateAsync(project, restore: true)));

        Touch(Path.Combine(root, "spec", ModelArkSpec));
        Assert.Equal(new[] { ModelArkSpec }, GeneratedSpecs(await GenerateAsync(project, restore: false)));

        Touch(Path.Combine(root, "spec", "nswag-modelark.json"));
        Assert.Equal(new[] { ModelArkSpec }, GeneratedSpecs(await GenerateAsync(project, restore: false)));

        Touch(Path.Combine(root, "spec", "nswag.json"));
        Assert.Equal(new[] { TasksSpec }, GeneratedSpecs(await GenerateAsync(project, restore: false)));
    }

    /// <summary>The spec file names NSwag generated a transport from, in the build's log, sorted.</summary>
    private static string[] GeneratedSpecs(string log) =>
        log.Split('\n')
            .Where(line => line.Contains(Generating, StringComparison.Ordinal))
            .Select(line => Path.GetFileName(line.Substring(line.IndexOf(Generating, StringComparison.Ordinal) + Generating.Length).Replace(" with NSwag", string.Empty, StringComparison.Ordinal).Trim()))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

    private static int CountOf(string text, string log) => log.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Marks <paramref name="path"/> edited now: after the outputs of every earlier generation, before those of the next.</summary>
    private static void Touch(string path) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow);

    private static string CopyBuildInputs()
    {
        var root = Directory.CreateTempSubdirectory("seedream-nswag-").FullName;
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(root, file));
        }

        foreach (var folder in new[] { "spec", "generator", Path.Combine("runtime", "Seedream.Client"), Path.Combine("runtime", "Shared") })
        {
            CopyDirectory(Path.Combine(RepositoryPaths.Root, folder), Path.Combine(root, folder));
        }

        return root;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }

    private static async Task<string> GenerateAsync(string project, bool restore)
    {
        var arguments = new List<string> { "msbuild", project, "-t:GenerateSeedreamTransport", "-p:TargetFramework=net8.0", "-v:n", "-nologo", "-nodeReuse:false" };
        if (restore)
        {
            arguments.Add("-restore");
        }

        var result = await DotnetCli.RunAsync(Path.GetDirectoryName(project)!, arguments, ProcessRunner.HangGuard);
        Assert.True(result.Succeeded, result.Describe());
        return result.Output;
    }
}
