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
    private const string Generating = "Seedream: generating the transport";
    private const string Skipped = "Skipping target \"GenerateSeedreamTransport\"";

    [Fact]
    public async Task Nswag_RunsOnFirstBuild_NotOnAnUnchangedRebuild_AndAgainAfterTheSpecChanges()
    {
        var root = CopyBuildInputs();
        var project = Path.Combine(root, "runtime", "Seedream.Client", "Seedream.Client.csproj");

        var first = await GenerateAsync(project, restore: true);
        Assert.Contains(Generating, first);
        Assert.True(File.Exists(Path.Combine(root, "runtime", "Seedream.Client", "obj", "Debug", "net8.0", "SeedreamTransport.g.cs")), first);

        var unchanged = await GenerateAsync(project, restore: false);
        Assert.DoesNotContain(Generating, unchanged);
        Assert.Contains(Skipped, unchanged);

        File.SetLastWriteTimeUtc(Path.Combine(root, "spec", "seedream-tasks.openapi.json"), DateTime.UtcNow.AddSeconds(5));
        var afterSpecEdit = await GenerateAsync(project, restore: false);
        Assert.Contains(Generating, afterSpecEdit);
    }

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

        var result = await DotnetCli.RunAsync(Path.GetDirectoryName(project)!, arguments, TimeSpan.FromMinutes(3));
        Assert.True(result.Succeeded, result.Describe());
        return result.Output;
    }
}
