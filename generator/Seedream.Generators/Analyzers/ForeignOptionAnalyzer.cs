using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedream.Generators.Diagnostics;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;

namespace Seedream.Generators.Analyzers;

/// <summary>
/// Teaches why another model's option does not compile. The generated builders and enums hold only what
/// their model accepts, so <c>Seedream45.Generate("…").WebSearch()</c> is the compiler's CS1061 and
/// <c>Seedream50Resolution.Res4K</c> its CS0117; on the same span this analyzer reports SEEDREAM107 (a
/// method) or SEEDREAM108 (an enum value) naming the model, the option and the models that have it,
/// whatever the arguments. The builders hold what the model takes at the host the project targets
/// (<c>SeedreamHost</c>): an option the model has at another host only, or that only other hosts have (a
/// webhook, <c>guidance_scale</c> upstream), is SEEDREAM109, naming the hosts that have it. The diagnostic carries,
/// for the code fix, the models that support every option and value used in the same chain at this host.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ForeignOptionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// The property holding the models that support everything the chain uses, each as <c>TypeName|id</c>
    /// (<c>Seedream50|seedream-5.0</c>), separated by <c>;</c>; empty when there is none.
    /// </summary>
    public const string CandidatesProperty = "Candidates";

    /// <summary>The property holding the type name of the model the chain uses now.</summary>
    public const string ModelProperty = "Model";

    /// <summary>
    /// The property holding the generated type names of that model the chain names (its entry type and enums,
    /// e.g. <c>Seedream45;Seedream45Size</c>), separated by <c>;</c>: what "Use &lt;model&gt;" renames.
    /// </summary>
    public const string ModelTypesProperty = "ModelTypes";

    /// <summary>The property holding what the option is, as the message says it (e.g. <c>WebSearch (extra.tools)</c>).</summary>
    public const string OptionProperty = "Option";

    /// <summary>The common builder members a host may not take.</summary>
    private static readonly string[] HostFields = { BuilderMembers.CallbackUrl, BuilderMembers.CallbackEvents };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.OptionNotSupported, DiagnosticDescriptors.ValueNotSupported, DiagnosticDescriptors.OptionNotAtHost);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        AnalyzerTables.OnCompilationWithTables(context, static (start, tables) =>
            start.RegisterSyntaxNodeAction(node => Analyze(node, tables), SyntaxKind.SimpleMemberAccessExpression));
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, AnalyzerTables tables)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        var member = access.Name.Identifier.ValueText;
        if (!tables.IsOptionName(member) || NamedModelHasIt(tables, access, member))
        {
            return;
        }

        var bound = context.SemanticModel.GetSymbolInfo(access, context.CancellationToken);
        if (bound.Symbol is not null || !bound.CandidateSymbols.IsEmpty)
        {
            return;
        }

        if (context.SemanticModel.GetSymbolInfo(access.Expression, context.CancellationToken).Symbol is INamedTypeSymbol type && tables.EnumOf(type) is { } enumType)
        {
            ReportMissing(context, tables, access, DiagnosticDescriptors.ValueNotSupported, enumType.Table, enumType.Category, enumType.ExtraName, member);
            return;
        }

        if (tables.ModelOfBuilder(context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type) is { } model)
        {
            var isField = Array.IndexOf(HostFields, member) >= 0;
            ReportMissing(
                context,
                tables,
                access,
                DiagnosticDescriptors.OptionNotSupported,
                model,
                isField ? OptionCategory.HostField : OptionCategory.Extra,
                isField ? string.Empty : member,
                member);
        }
    }

    /// <summary>
    /// Reports an option <paramref name="model"/> lacks at the targeted host: SEEDREAM109 when the model has it at another
    /// host, or when only other hosts have it; else <paramref name="otherModel"/> (SEEDREAM107/108), naming the models that
    /// have it at this host. Nothing when no host has it.
    /// </summary>
    private static void ReportMissing(
        SyntaxNodeAnalysisContext context,
        AnalyzerTables tables,
        MemberAccessExpressionSyntax access,
        DiagnosticDescriptor otherModel,
        ModelTableSpec model,
        OptionCategory category,
        string extraName,
        string member)
    {
        var here = tables.Option(category, extraName, member);
        if (here is not null && here.SupportedBy.Contains(model.Id))
        {
            return;
        }

        var elsewhere = tables.OtherHosts
            .Select(host => (Host: host, Option: tables.OptionAt(host, category, extraName, member)))
            .Where(found => found.Option is not null)
            .Select(found => (found.Host, Option: found.Option!))
            .ToList();
        var modelElsewhere = elsewhere.Where(found => found.Option.SupportedBy.Contains(model.Id)).Select(found => found.Host).ToList();
        if (here is not null && modelElsewhere.Count == 0)
        {
            Report(context, tables, access, otherModel, model, here, string.Join(", ", here.SupportedBy));
            return;
        }

        if (elsewhere.Count == 0)
        {
            return;
        }

        var where = modelElsewhere.Count > 0
            ? "It does at: " + string.Join(", ", modelElsewhere.Select(Hosts.Describe)) + "."
            : "Only at: " + string.Join("; ", elsewhere.Select(found => Hosts.Describe(found.Host) + ", for " + string.Join(", ", found.Option.SupportedBy))) + ".";
        if (here is not null)
        {
            where += " At " + tables.Host + " it is supported by: " + string.Join(", ", here.SupportedBy) + ".";
        }

        Report(context, tables, access, DiagnosticDescriptors.OptionNotAtHost, model, here ?? elsewhere[0].Option, Hosts.Describe(tables.Host), where);
    }

    /// <summary>
    /// Whether the syntax alone shows that the option is the named model's own (<c>Seedream50Size.Ratio16x9</c>,
    /// <c>Seedream50.Generate("…").WebSearch()</c>): valid code, the common case, then costs no binding.
    /// </summary>
    private static bool NamedModelHasIt(AnalyzerTables tables, MemberAccessExpressionSyntax access, string member)
    {
        if (ChainSyntax.TypeName(access.Expression) is { } typeName && tables.EnumOf(typeName.Identifier.ValueText) is { } enumType)
        {
            return tables.Option(enumType.Category, enumType.ExtraName, member)?.SupportedBy.Contains(enumType.Table.Id) == true;
        }

        return ChainSyntax.EntryType(access) is { } entry && tables.ModelNamed(entry.Identifier.ValueText) is { } model && AnalyzerTables.Extra(model, member) is not null;
    }

    private static void Report(
        SyntaxNodeAnalysisContext context,
        AnalyzerTables tables,
        MemberAccessExpressionSyntax access,
        DiagnosticDescriptor descriptor,
        ModelTableSpec model,
        ModelOption option,
        params string[] details)
    {
        var what = Describe(option);
        var candidates = tables.Option(option.Category, option.ExtraName, option.Member) is { } here ? Candidates(tables, access, model, here) : Enumerable.Empty<string>();
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(ModelProperty, model.TypeName)
            .Add(ModelTypesProperty, string.Join(";", ModelTypes(tables, access, model)))
            .Add(OptionProperty, what)
            .Add(CandidatesProperty, string.Join(";", candidates));
        context.ReportDiagnostic(Diagnostic.Create(descriptor, access.Name.GetLocation(), properties, new object[] { model.Id, what }.Concat(details).ToArray()));
    }

    /// <summary>The generated types of <paramref name="model"/> the chain names: its entry type and the enums of values passed along it.</summary>
    private static IEnumerable<string> ModelTypes(AnalyzerTables tables, MemberAccessExpressionSyntax access, ModelTableSpec model)
    {
        var chain = ChainSyntax.Outermost(access);
        var names = new List<string>();
        if (ChainSyntax.EntryType(chain) is { } entry && entry.Identifier.ValueText == model.TypeName)
        {
            names.Add(model.TypeName);
        }

        var values = ChainSyntax.EnumValues(chain, tables).Select(value => value.Type).ToList();
        if (ChainSyntax.TypeName(access.Expression) is { } accessed)
        {
            values.Add(accessed);
        }

        foreach (var type in values)
        {
            if (tables.EnumOf(type.Identifier.ValueText) is { } found && found.Table.Id == model.Id)
            {
                names.Add(type.Identifier.ValueText);
            }
        }

        return names.Distinct();
    }

    /// <summary>What the option is, in the words of the message.</summary>
    internal static string Describe(ModelOption option) => option.Category switch
    {
        OptionCategory.Size => "size " + option.Wire,
        OptionCategory.Resolution => "resolution " + option.Wire,
        OptionCategory.Extra => option.Member + " (extra." + option.Wire + ")",
        OptionCategory.HostField => option.Member + " (" + option.Wire + ")",
        _ => option.ExtraName + " value '" + option.Wire + "'",
    };

    /// <summary>
    /// The type names of the models other than <paramref name="model"/> that support <paramref name="option"/> and every
    /// option and enum value used in the same fluent chain, in table order.
    /// </summary>
    private static IEnumerable<string> Candidates(AnalyzerTables tables, MemberAccessExpressionSyntax access, ModelTableSpec model, ModelOption option)
    {
        IEnumerable<string> supporters = option.SupportedBy;
        foreach (var used in ChainSyntax.UsedOptions(ChainSyntax.Outermost(access), tables))
        {
            supporters = supporters.Intersect(used.SupportedBy);
        }

        return supporters.Where(id => id != model.Id).Select(id => tables.ById(id)!.TypeName + "|" + id).ToList();
    }
}
