using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>What the packed Seedream.Generators package holds and declares.</summary>
[Collection(PackedConsumerCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedConsumerFixture _consumer;

    public PackageLayoutTests(PackedConsumerFixture consumer) => _consumer = consumer;

    [Fact]
    public void Package_HoldsTheGenerator_TheClientForBothFrameworks_TheTables_AndTheBuildFiles()
    {
        using var package = ZipFile.OpenRead(_consumer.PackagePath);
        var entries = package.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("analyzers/dotnet/cs/Seedream.Generators.dll", entries);
        foreach (var framework in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Contains($"lib/{framework}/Seedream.Client.dll", entries);
            Assert.Contains($"lib/{framework}/Seedream.Client.xml", entries);
            Assert.Contains($"lib/{framework}/Seedream.Client.pdb", entries);
        }

        Assert.Contains("models/seedream-5.0.json", entries);
        Assert.Contains("models/seedream-4.5.json", entries);
        Assert.Contains("models/seedream-4.0.json", entries);
        Assert.Contains("model-table.schema.json", entries);
        Assert.Contains("buildTransitive/Seedream.Generators.props", entries);
        Assert.Contains("buildTransitive/Seedream.Generators.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, entry => entry.Contains("Seedream.Generators.Package", StringComparison.Ordinal));
    }

    [Fact]
    public void Nuspec_DeclaresLicenseReadmeRepositoryTags_AndTheClientsDependenciesPerFramework()
    {
        using var package = ZipFile.OpenRead(_consumer.PackagePath);
        using var stream = package.GetEntry("Seedream.Generators.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(element => element.Name.LocalName == name).Value;
        XElement Element(string name) => metadata.Elements().Single(element => element.Name.LocalName == name);

        Assert.Equal("Seedream.Generators", Value("id"));
        Assert.Equal(_consumer.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", Element("license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.StartsWith("https://github.com/", Element("repository").Attribute("url")?.Value);
        Assert.Contains("source-generator", Value("tags").Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));

        var groups = Element("dependencies").Elements().ToDictionary(
            group => group.Attribute("targetFramework")!.Value,
            group => group.Elements().Select(dependency => dependency.Attribute("id")!.Value).ToList());
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.OrderBy(key => key, StringComparer.Ordinal));
        Assert.All(groups.Values, dependencies => Assert.Contains("Newtonsoft.Json", dependencies));
        Assert.Contains("Microsoft.Bcl.AsyncInterfaces", groups[".NETStandard2.0"]);
        Assert.All(groups.Values, dependencies => Assert.DoesNotContain(dependencies, id => id.StartsWith("NSwag", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void EmulatorPackage_HoldsTheEmulatorAlone_AndDependsOnTheMainPackageOfTheSameVersion()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_consumer.FeedDirectory, $"Seedream.Emulator.{_consumer.Version}.nupkg"));
        var entries = package.Entries.Select(entry => entry.FullName).ToList();

        Assert.Contains("lib/net10.0/Seedream.Emulator.dll", entries);
        Assert.DoesNotContain(entries, entry => entry.EndsWith("Seedream.Client.dll", StringComparison.Ordinal));

        using var stream = package.GetEntry("Seedream.Emulator.nuspec")!.Open();
        var dependencies = XDocument.Load(stream).Descendants().Where(element => element.Name.LocalName == "dependency").ToList();
        var main = Assert.Single(dependencies, dependency => dependency.Attribute("id")!.Value == "Seedream.Generators");
        Assert.Equal(_consumer.Version, main.Attribute("version")!.Value);
    }

    [Fact]
    public void PackingTheSolution_FillsTheFeedWithEveryPackage_AtOneVersion()
    {
        var packages = Directory.EnumerateFiles(_consumer.FeedDirectory, "*.nupkg").Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(new[] { "Seedream.Batch", "Seedream.Cli", "Seedream.Emulator", "Seedream.Generators" }.Select(id => $"{id}.{_consumer.Version}.nupkg"), packages);
    }

    [Fact]
    public async Task EveryPackageHasOneVersion_AndTheLibrariesShippedInsidePackagesAreNotPackagesOfTheirOwn()
    {
        var projects = Directory.EnumerateFiles(RepositoryPaths.Of("runtime"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Of("generator"), "*.csproj", SearchOption.AllDirectories));
        var packable = new List<(string Project, string Version)>();
        foreach (var project in projects)
        {
            var result = await DotnetCli.RunAsync(RepositoryPaths.Root, new[] { "msbuild", project, "-getProperty:IsPackable", "-getProperty:Version" }, TimeSpan.FromMinutes(2));
            Assert.True(result.Succeeded, result.Describe());
            using var json = JsonDocument.Parse(result.Output);
            var properties = json.RootElement.GetProperty("Properties");
            if (properties.GetProperty("IsPackable").GetString() == "true")
            {
                packable.Add((Path.GetFileNameWithoutExtension(project), properties.GetProperty("Version").GetString()!));
            }
        }

        var names = packable.Select(entry => entry.Project).ToList();
        Assert.Contains("Seedream.Generators.Package", names);
        Assert.Contains("Seedream.Emulator.Package", names);
        Assert.Contains("Seedream.Cli", names);
        Assert.DoesNotContain("Seedream.Client", names);
        Assert.DoesNotContain("Seedream.Generators", names);
        Assert.DoesNotContain("Seedream.Generators.CodeFixes", names);
        Assert.DoesNotContain("Seedream.Emulator", names);
        Assert.True(packable.Select(entry => entry.Version).Distinct().Count() == 1, "Packages with different versions: " + string.Join(", ", packable));
    }
}
