using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Seedream.Testing;
using Seedream.Testing.Readme;
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

    [Theory]
    [InlineData("Seedream.Generators")]
    [InlineData("Seedream.Emulator")]
    [InlineData("Seedream.Batch")]
    [InlineData("Seedream.Cli")]
    public void Package_DeclaresTheLicenseTheRepositoryHolds_AndCarriesAReadmeOfItsOwn(string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(_consumer.FeedDirectory, $"{id}.{_consumer.Version}.nupkg"));
        using var stream = package.GetEntry(id + ".nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        XElement? Element(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name);

        Assert.Equal("MIT", Element("license")?.Value);
        Assert.Equal("expression", Element("license")?.Attribute("type")?.Value);
        Assert.StartsWith("MIT License\n", File.ReadAllText(RepositoryPaths.Of("LICENSE")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var readmeName = Element("readme")?.Value;
        Assert.True(readmeName is not null, $"{id} declares no readme.");
        using var readme = new StreamReader(package.GetEntry(readmeName)!.Open());
        Assert.Equal("# " + id, readme.ReadLine());
    }

    [Fact]
    public void EveryDependencyOnThisRepository_IsAPackageThePackMakes_AtItsVersion()
    {
        var packages = Directory.EnumerateFiles(_consumer.FeedDirectory, "*.nupkg").ToList();
        var ids = packages.Select(file => Path.GetFileName(file)[..^($"{_consumer.Version}.nupkg".Length + 1)]).ToHashSet(StringComparer.Ordinal);
        foreach (var file in packages)
        {
            using var package = ZipFile.OpenRead(file);
            using var stream = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            var dependencies = XDocument.Load(stream).Descendants().Where(element => element.Name.LocalName == "dependency")
                .Where(dependency => dependency.Attribute("id")!.Value.StartsWith("Seedream.", StringComparison.Ordinal));

            Assert.All(dependencies, dependency =>
            {
                Assert.True(ids.Contains(dependency.Attribute("id")!.Value), $"{Path.GetFileName(file)} depends on {dependency.Attribute("id")!.Value}, which the pack does not make.");
                Assert.Equal(_consumer.Version, dependency.Attribute("version")!.Value);
            });
        }
    }

    [Fact]
    public void ReadmesPackageSection_NamesEveryPackageThePackMakes()
    {
        var section = ReadmeDocument.Main.Section("## Using the package").Text;
        var ids = Directory.EnumerateFiles(_consumer.FeedDirectory, "*.nupkg").Select(file => Path.GetFileName(file)[..^($"{_consumer.Version}.nupkg".Length + 1)]).ToList();

        Assert.All(ids, id => Assert.Contains($"**{id}**", section, StringComparison.Ordinal));
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
            var result = await DotnetCli.RunAsync(RepositoryPaths.Root, new[] { "msbuild", project, "-restore", "-t:SeedreamPackageVersion", "-getProperty:IsPackable", "-getProperty:PackageVersion" }, ProcessRunner.HangGuard);
            Assert.True(result.Succeeded, result.Describe());
            using var json = JsonDocument.Parse(result.Output);
            var properties = json.RootElement.GetProperty("Properties");
            if (properties.GetProperty("IsPackable").GetString() == "true")
            {
                packable.Add((Path.GetFileNameWithoutExtension(project), properties.GetProperty("PackageVersion").GetString()!));
            }
        }

        var names = packable.Select(entry => entry.Project).ToList();
        Assert.Contains("Seedream.Generators.Package", names);
        Assert.Contains("Seedream.Emulator.Package", names);
        Assert.Contains("Seedream.Cli", names);
        Assert.Contains("Seedream.Batch.Package", names);
        Assert.DoesNotContain("Seedream.Client", names);
        Assert.DoesNotContain("Seedream.Generators", names);
        Assert.DoesNotContain("Seedream.Generators.CodeFixes", names);
        Assert.DoesNotContain("Seedream.Emulator", names);
        Assert.DoesNotContain("Seedream.Batch", names);
        Assert.True(packable.Select(entry => entry.Version).Distinct().Count() == 1, "Packages with different versions: " + string.Join(", ", packable));
    }
}
