using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Seedream.Generators.CodeFixes;

/// <summary>
/// What the Seedream code fixes share: the diagnostics they fix, fix-all by batch, and the walk from each diagnostic
/// to the syntax node it is reported on. A fix says only which actions it offers for that node.
/// </summary>
public abstract class SeedreamCodeFixProvider : CodeFixProvider
{
    /// <summary>Creates a fix for <paramref name="diagnosticIds"/>.</summary>
    /// <param name="diagnosticIds">The SEEDREAM ids the fix offers actions for.</param>
    protected SeedreamCodeFixProvider(params string[] diagnosticIds)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticIds);
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            Register(context, diagnostic, root, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));
        }
    }

    /// <summary>Offers this fix's actions for <paramref name="diagnostic"/>, reported on <paramref name="node"/>, if any apply.</summary>
    /// <param name="context">Where actions are registered.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="root">The document's syntax root.</param>
    /// <param name="node">The innermost node at the diagnostic's span.</param>
    protected abstract void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode node);

    /// <summary>An action titled <paramref name="title"/> that replaces the document's root with what <paramref name="rewrite"/> makes.</summary>
    /// <param name="context">The fix's context (its document).</param>
    /// <param name="title">What the light bulb shows.</param>
    /// <param name="rewrite">Makes the new root.</param>
    /// <param name="equivalenceKey">Groups the action for fix-all.</param>
    protected static CodeAction Rewrite(CodeFixContext context, string title, System.Func<SyntaxNode> rewrite, string equivalenceKey) =>
        CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(rewrite())), equivalenceKey);
}
