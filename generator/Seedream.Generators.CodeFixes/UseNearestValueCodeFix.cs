using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Seedream.Generators.Analyzers;

namespace Seedream.Generators.CodeFixes;

/// <summary>
/// For SEEDREAM101 (a number out of range) and SEEDREAM103 (an image count below 1): "Use the nearest allowed
/// value" — replaces the constant with the range's nearer end, or with 1.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNearestValueCodeFix)), Shared]
public sealed class UseNearestValueCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "Seedream.UseNearestValue";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SEEDREAM101", "SEEDREAM103");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SeedreamUsageAnalyzer.NearestValueProperty, out var nearest) || nearest is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                continue;
            }

            var expression = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
            if (expression is null)
            {
                continue;
            }

            var replacement = SyntaxFactory.ParseExpression(nearest).WithTriviaFrom(expression);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use the nearest allowed value (" + nearest + ")",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, replacement))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
