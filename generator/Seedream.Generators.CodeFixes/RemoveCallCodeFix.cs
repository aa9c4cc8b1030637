using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Seedream.Generators.CodeFixes;

/// <summary>
/// For SEEDREAM107/108: "Remove the call" — drops the builder call that asks for the option
/// (<c>.WebSearch()</c>, or <c>.Resolution(Seedream50Resolution.Res4K)</c> for a value), keeping the rest of the chain.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCallCodeFix)), Shared]
public sealed class RemoveCallCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "Seedream.RemoveCall";

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
                || CallOf(access) is not { Expression: MemberAccessExpressionSyntax call } invocation)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the call",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, call.Expression.WithTrailingTrivia(invocation.GetTrailingTrivia())))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The builder call to remove: the call of the foreign method, or the call an enum value is passed to.</summary>
    private static InvocationExpressionSyntax? CallOf(MemberAccessExpressionSyntax access) => access switch
    {
        { Parent: InvocationExpressionSyntax invocation } when invocation.Expression == access => invocation,
        { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } } => invocation,
        _ => null,
    };
}
