using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Seedream.Generators.Model;

namespace Seedream.Generators.Analyzers;

/// <summary>
/// Reads a fluent builder chain (<c>Seedream50.Generate("…").Size(Seedream50Size.Ratio16x9).WebSearch()</c>) from
/// syntax alone, so it works where the compiler could not bind a call. Shared by the analyzer and the code fixes.
/// </summary>
internal static class ChainSyntax
{
    /// <summary>
    /// The whole chain <paramref name="node"/> belongs to: the outermost member access or invocation built on it.
    /// An enum value passed to a call of the chain belongs to that chain.
    /// </summary>
    public static ExpressionSyntax Outermost(ExpressionSyntax node)
    {
        var current = node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } ? call : node;
        while (true)
        {
            switch (current.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == current:
                    current = access;
                    break;
                case InvocationExpressionSyntax invocation when invocation.Expression == current:
                    current = invocation;
                    break;
                default:
                    return current;
            }
        }
    }

    /// <summary>The calls of the chain (invocations of a member access), outermost first.</summary>
    public static IEnumerable<(InvocationExpressionSyntax Call, MemberAccessExpressionSyntax Access)> Calls(ExpressionSyntax outermost)
    {
        var current = outermost;
        while (true)
        {
            switch (current)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call:
                    yield return (call, access);
                    current = access.Expression;
                    break;
                case MemberAccessExpressionSyntax access:
                    current = access.Expression;
                    break;
                default:
                    yield break;
            }
        }
    }

    /// <summary>The entry type's name at the start of the chain (<c>Seedream50</c> in <c>Seedream50.Generate(…)</c>), if the chain starts so.</summary>
    public static SimpleNameSyntax? EntryType(ExpressionSyntax outermost)
    {
        SimpleNameSyntax? entry = null;
        foreach (var (_, access) in Calls(outermost))
        {
            entry = access.Expression switch
            {
                SimpleNameSyntax name => name,
                MemberAccessExpressionSyntax { Name: var name } => name,
                _ => null,
            };
        }

        return entry;
    }

    /// <summary>The enum values passed to calls of the chain, as <c>Type.Member</c> accesses whose type is a generated enum.</summary>
    public static IEnumerable<(MemberAccessExpressionSyntax Access, SimpleNameSyntax Type)> EnumValues(ExpressionSyntax outermost, AnalyzerTables tables)
    {
        foreach (var (call, _) in Calls(outermost))
        {
            foreach (var argument in call.ArgumentList.Arguments)
            {
                if (argument.Expression is MemberAccessExpressionSyntax value && TypeName(value.Expression) is { } type && tables.EnumOf(type.Identifier.ValueText) is not null)
                {
                    yield return (value, type);
                }
            }
        }
    }

    /// <summary>Every option some table knows that the chain uses: extra methods and enum values.</summary>
    public static IEnumerable<ModelOption> UsedOptions(ExpressionSyntax outermost, AnalyzerTables tables)
    {
        foreach (var (_, access) in Calls(outermost))
        {
            var name = access.Name.Identifier.ValueText;
            if (tables.Option(OptionCategory.Extra, name, name) is { } extra)
            {
                yield return extra;
            }
        }

        foreach (var (access, type) in EnumValues(outermost, tables))
        {
            var (_, category, extraName) = tables.EnumOf(type.Identifier.ValueText)!.Value;
            if (tables.Option(category, extraName, access.Name.Identifier.ValueText) is { } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>The rightmost name of a type expression (<c>Seedream50Size</c> in <c>Seedream.Models.Seedream50Size</c>).</summary>
    public static SimpleNameSyntax? TypeName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name,
        MemberAccessExpressionSyntax { Name: var name } => name,
        QualifiedNameSyntax { Right: var name } => name,
        _ => null,
    };
}
