using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
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
}
