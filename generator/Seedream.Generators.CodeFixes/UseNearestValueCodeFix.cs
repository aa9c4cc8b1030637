using System.Composition;
using Microsoft.CodeAnalysis;
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
public sealed class UseNearestValueCodeFix : SeedreamCodeFixProvider
{
    private const string EquivalenceKey = "Seedream.UseNearestValue";

    /// <summary>Creates the fix.</summary>
    public UseNearestValueCodeFix()
        : base("SEEDREAM101", "SEEDREAM103")
    {
    }

    /// <inheritdoc />
    protected override void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode node)
    {
        var expression = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
        if (expression is null || !diagnostic.Properties.TryGetValue(SeedreamUsageAnalyzer.NearestValueProperty, out var nearest) || nearest is null)
        {
            return;
        }

        var replacement = SyntaxFactory.ParseExpression(nearest).WithTriviaFrom(expression);
        context.RegisterCodeFix(
            Rewrite(context, "Use the nearest allowed value (" + nearest + ")", () => root.ReplaceNode(expression, replacement), EquivalenceKey),
            diagnostic);
    }
}
