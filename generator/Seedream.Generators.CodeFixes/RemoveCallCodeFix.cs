using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Seedream.Generators.CodeFixes;

/// <summary>
/// For SEEDREAM107/108/109: "Remove the call" — drops the builder call that asks for the option
/// (<c>.WebSearch()</c>, or <c>.Resolution(Seedream50Resolution.Res4K)</c> for a value), keeping the rest of the chain.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCallCodeFix)), Shared]
public sealed class RemoveCallCodeFix : SeedreamCodeFixProvider
{
    private const string EquivalenceKey = "Seedream.RemoveCall";

    /// <summary>Creates the fix.</summary>
    public RemoveCallCodeFix()
        : base("SEEDREAM107", "SEEDREAM108", "SEEDREAM109")
    {
    }

    /// <inheritdoc />
    protected override void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode node)
    {
        if (node is SimpleNameSyntax { Parent: MemberAccessExpressionSyntax access } && CallOf(access) is { Expression: MemberAccessExpressionSyntax call } invocation)
        {
            context.RegisterCodeFix(
                Rewrite(context, "Remove the call", () => root.ReplaceNode(invocation, call.Expression.WithTrailingTrivia(invocation.GetTrailingTrivia())), EquivalenceKey),
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
