using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Seedream.Generators.Analyzers;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles consumer code the way a user's project is compiled: the generator runs on the three
/// shipped tables (plus any added), <see cref="SeedreamUsageAnalyzer"/> and <see cref="ForeignOptionAnalyzer"/>
/// run on the result, and every compiler and analyzer diagnostic must be expected.
/// </summary>
internal sealed class SeedreamVerifier : CSharpAnalyzerTest<SeedreamUsageAnalyzer, DefaultVerifier>
{
    public SeedreamVerifier(string source, MetadataReference client)
    {
        ReferenceAssemblies = TestReferences.ReferenceAssemblies;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        TestState.Sources.Add(("/src/Consumer.cs", source));
        TestState.AdditionalReferences.Add(client);
        foreach (var name in ShippedTables.FileNames)
        {
            TestState.AdditionalFiles.Add((ShippedTables.VirtualPath(name), ShippedTables.Read(name)));
        }
    }

    /// <summary>Compiles <paramref name="source"/> and checks that exactly <paramref name="expected"/> are reported.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, Array.Empty<(string, string)>(), expected);

    /// <summary>As <see cref="VerifyAsync(string, DiagnosticResult[])"/>, with project-own tables added beside the shipped ones.</summary>
    public static Task VerifyAsync(string source, (string Path, string Text)[] ownTables, params DiagnosticResult[] expected)
        => VerifyAtHostAsync(null, source, ownTables, expected);

    /// <summary>
    /// As <see cref="VerifyAsync(string, ValueTuple{string, string}[], DiagnosticResult[])"/>, in a project whose MSBuild property
    /// <c>SeedreamHost</c> is <paramref name="host"/> (none when <see langword="null"/>).
    /// </summary>
    public static async Task VerifyAtHostAsync(string? host, string source, (string Path, string Text)[] ownTables, params DiagnosticResult[] expected)
    {
        var test = new SeedreamVerifier(source, await TestReferences.ClientAsync());
        if (host is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n{HostTests.HostProperty} = {host}\n"));
        }

        foreach (var table in ownTables)
        {
            test.TestState.AdditionalFiles.Add(table);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(SeedreamModelGenerator) };

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[] { new SeedreamUsageAnalyzer(), new ForeignOptionAnalyzer() };
}
