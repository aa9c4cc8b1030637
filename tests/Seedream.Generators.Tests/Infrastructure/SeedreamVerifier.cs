using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Seedream.Generators.Analyzers;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles consumer code the way a user's project is compiled: the generator runs on the three
/// shipped tables, <see cref="SeedreamUsageAnalyzer"/> runs on the result, and every compiler and
/// analyzer diagnostic must be expected.
/// </summary>
internal sealed class SeedreamVerifier : CSharpAnalyzerTest<SeedreamUsageAnalyzer, DefaultVerifier>
{
    public SeedreamVerifier(string source)
    {
        ReferenceAssemblies = TestReferences.ReferenceAssemblies;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        TestState.Sources.Add(("/src/Consumer.cs", source));
        TestState.AdditionalReferences.Add(TestReferences.Client);
        TestState.AdditionalReferences.Add(TestReferences.Newtonsoft);
        foreach (var name in ShippedTables.FileNames)
        {
            TestState.AdditionalFiles.Add((ShippedTables.VirtualPath(name), ShippedTables.Read(name)));
        }
    }

    /// <summary>Compiles <paramref name="source"/> and checks that exactly <paramref name="expected"/> are reported.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new SeedreamVerifier(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(SeedreamModelGenerator) };
}
