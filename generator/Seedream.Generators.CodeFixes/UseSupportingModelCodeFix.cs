using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Seedream.Generators.Analyzers;

namespace Seedream.Generators.CodeFixes;

/// <summary>
/// For SEEDREAM107/108: "Use &lt;model&gt; (supports &lt;option&gt;)", one per model that supports every option and
/// enum value the chain uses (the analyzer lists them). It rewrites the chain's entry type
/// (<c>Seedream45</c> → <c>Seedream50</c>) and its generated enum types (<c>Seedream45Size</c> → <c>Seedream50Size</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSupportingModelCodeFix)), Shared]
public sealed class UseSupportingModelCodeFix : CodeFixProvider
{
    private const string EquivalencePrefix = "Seedream.UseModel:";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SEEDREAM107", "SEEDREAM108");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not SimpleNameSyntax { Parent: MemberAccessExpressionSyntax access }
                || !diagnostic.Properties.TryGetValue(ForeignOptionAnalyzer.ModelProperty, out var model) || model is null
                || !diagnostic.Properties.TryGetValue(ForeignOptionAnalyzer.ModelTypesProperty, out var types) || string.IsNullOrEmpty(types)
                || !diagnostic.Properties.TryGetValue(ForeignOptionAnalyzer.OptionProperty, out var option)
                || !diagnostic.Properties.TryGetValue(ForeignOptionAnalyzer.CandidatesProperty, out var candidates) || string.IsNullOrEmpty(candidates))
            {
                continue;
            }

            var renamed = new HashSet<string>(types!.Split(';'));
            foreach (var candidate in candidates!.Split(';'))
            {
                var parts = candidate.Split('|');
                var (typeName, id) = (parts[0], parts[1]);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + id + " (supports " + option + ")",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(Rewrite(root, access, renamed, model, typeName))),
                        EquivalencePrefix + typeName),
                    diagnostic);
            }
        }
    }

    /// <summary>Renames, inside the chain, each of <paramref name="renamed"/> from model <paramref name="from"/> to model <paramref name="to"/>.</summary>
    private static SyntaxNode Rewrite(SyntaxNode root, MemberAccessExpressionSyntax access, HashSet<string> renamed, string from, string to)
    {
        var tokens = ChainSyntax.Outermost(access).DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(identifier => renamed.Contains(identifier.Identifier.ValueText))
            .Select(identifier => identifier.Identifier);
        return root.ReplaceTokens(tokens, (original, _) => SyntaxFactory.Identifier(to + original.ValueText.Substring(from.Length)).WithTriviaFrom(original));
    }
}
