using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Seedream.Generators.Analyzers;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>
/// Applies a Seedream code fix the way the IDE does: the generator runs on the shipped tables, both analyzers
/// report, the fix (or fix-all in the document) is applied, and the result must match with its remaining diagnostics.
/// </summary>
internal sealed class SeedreamCodeFixVerifier<TCodeFix> : CSharpCodeFixTest<ForeignOptionAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>
    /// Checks that the fix with <paramref name="equivalenceKey"/> is titled <paramref name="title"/> and turns
    /// <paramref name="source"/> into <paramref name="fixedSource"/>, one diagnostic at a time and by fix-all.
    /// </summary>
    /// <param name="source">The code, with the places of its diagnostics marked (<c>{|#0:Name|}</c>).</param>
    /// <param name="fixedSource">The code after the fix; it must compile without diagnostics.</param>
    /// <param name="equivalenceKey">Which of the offered fixes to apply.</param>
    /// <param name="title">The code action's title.</param>
    /// <param name="expected">The diagnostics of <paramref name="source"/>, compiler errors included.</param>
    public static async Task VerifyAsync(string source, string fixedSource, string equivalenceKey, string title, params DiagnosticResult[] expected)
    {
        var test = new SeedreamCodeFixVerifier<TCodeFix>
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
            TestCode = source,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
        };
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;

        // Explicit: otherwise the fixed state inherits the source's compiler errors (CS1061), which the fix removed.
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.Sources.Add(fixedSource);
        var client = await TestReferences.ClientAsync();
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.Add(client);
            foreach (var name in ShippedTables.FileNames)
            {
                state.AdditionalFiles.Add((ShippedTables.VirtualPath(name), ShippedTables.Read(name)));
            }
        }

        test.ExpectedDiagnostics.AddRange(expected);
        if (fixedSource == source)
        {
            // No fix is expected: the code, and its diagnostics, stay.
            test.FixedState.ExpectedDiagnostics.AddRange(expected);
        }

        await test.RunAsync();
    }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(SeedreamModelGenerator) };

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[] { new SeedreamUsageAnalyzer(), new ForeignOptionAnalyzer() };
}
