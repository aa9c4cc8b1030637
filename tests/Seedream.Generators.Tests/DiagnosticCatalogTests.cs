using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Seedream.Generators.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Readme;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>Every diagnostic has a stable SEEDREAM id, a help link that leads somewhere, and a release entry.</summary>
public sealed class DiagnosticCatalogTests
{
    public static TheoryData<string> Ids => new(Descriptors().Select(descriptor => descriptor.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Diagnostic_HasAHelpLinkToItsReadmeSection_AndAReleaseEntry(string id)
    {
        var descriptor = Descriptors().Single(candidate => candidate.Id == id);
        var generatorFolder = Path.Combine(RepositoryPaths.Root, "generator", "Seedream.Generators");

        Assert.Matches("^SEEDREAM[01][0-9][0-9]$", id);
        Assert.EndsWith("/generator/Seedream.Generators/README.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Contains("\n### " + id + "\n", File.ReadAllText(Path.Combine(generatorFolder, "README.md")), StringComparison.Ordinal);
        Assert.Contains("\n" + id + " | ", File.ReadAllText(Path.Combine(generatorFolder, "AnalyzerReleases.Unshipped.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_HasOneSectionPerDiagnostic_ReportedByTheGeneratorTheAnalyzersOrThePackagesBuildFiles()
    {
        var buildFiles = Directory.EnumerateFiles(RepositoryPaths.Of("runtime", "Seedream.Generators.Package", "buildTransitive"))
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "Code=\"(?<id>SEEDREAM[0-9]+)\"").Select(match => match.Groups["id"].Value));
        var reported = Descriptors().Select(descriptor => descriptor.Id).Concat(buildFiles).Distinct().OrderBy(id => id, StringComparer.Ordinal);

        var sections = ReadmeDocument.Load("generator", "Seedream.Generators", "README.md").Section("## Diagnostics").Headings(3)
            .OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(reported, sections);
    }

    [Fact]
    public void Analyzers_SupportEveryUsageDiagnostic()
    {
        var supported = new Analyzers.SeedreamUsageAnalyzer().SupportedDiagnostics.Concat(new Analyzers.ForeignOptionAnalyzer().SupportedDiagnostics)
            .Select(descriptor => descriptor.Id).OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(Descriptors().Select(descriptor => descriptor.Id).Where(id => id.StartsWith("SEEDREAM1", StringComparison.Ordinal)), supported);
    }

    private static DiagnosticDescriptor[] Descriptors()
        => typeof(SeedreamModelGenerator).Assembly
            .GetType("Seedream.Generators.Diagnostics.DiagnosticDescriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToArray();
}
