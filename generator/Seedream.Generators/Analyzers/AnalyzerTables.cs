using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;
using Seedream.Generators.Parsing;

namespace Seedream.Generators.Analyzers;

/// <summary>
/// What the analyzers know about a compilation's models, read from the same tables the generator reads
/// (its additional files) for the host the project targets (<c>SeedreamHost</c>), so shipped and project-own
/// tables are known alike: which generated type belongs to which model, and which models support each option
/// at each host.
/// </summary>
internal sealed class AnalyzerTables
{
    /// <summary>
    /// The tables read for one <see cref="AnalyzerOptions"/>: both Seedream analyzers start on the same options in a
    /// compilation (and the IDE keeps them while the additional files are unchanged), so the tables are parsed once.
    /// </summary>
    private static readonly ConditionalWeakTable<AnalyzerOptions, Reading> Readings = new();

    private readonly Dictionary<string, ModelTableSpec> _byBuilder = new();
    private readonly Dictionary<string, ModelTableSpec> _byEntryType = new();
    private readonly Dictionary<string, ModelTableSpec> _byId = new();
    private readonly Dictionary<string, (ModelTableSpec Table, OptionCategory Category, string ExtraName)> _byEnum = new();
    private readonly Dictionary<string, Dictionary<string, List<ModelOption>>> _optionsByHost = new();

    private AnalyzerTables(TableSet set, string host)
    {
        Host = host;
        foreach (var table in HostedSetBuilder.Build(set, host).Accepted.Select(model => model.Table))
        {
            _byBuilder[Names.Builder(table.TypeName)] = table;
            _byEntryType[table.TypeName] = table;
            _byId[table.Id] = table;
            _byEnum[Names.SizeEnum(table.TypeName)] = (table, OptionCategory.Size, string.Empty);
            _byEnum[Names.ResolutionEnum(table.TypeName)] = (table, OptionCategory.Resolution, string.Empty);
            foreach (var extra in table.Extras.Where(extra => extra.Kind == ExtraKind.Enum))
            {
                _byEnum[Names.ExtraEnum(table.TypeName, extra.Name)] = (table, OptionCategory.ExtraValue, extra.Name);
            }
        }

        foreach (var served in Hosts.All)
        {
            var byMember = _optionsByHost[served] = new Dictionary<string, List<ModelOption>>();
            foreach (var option in OptionUniverse.Build(HostedSetBuilder.Build(set, served).Accepted))
            {
                if (!byMember.TryGetValue(option.Member, out var list))
                {
                    byMember[option.Member] = list = new List<ModelOption>();
                }

                list.Add(option);
            }
        }
    }

    /// <summary>The host the project targets.</summary>
    public string Host { get; }

    /// <summary>The hosts other than <see cref="Host"/>, in the order of <see cref="Hosts.All"/>.</summary>
    public IEnumerable<string> OtherHosts => Hosts.All.Where(host => host != Host);

    /// <summary>The tables among <paramref name="options"/>' additional files, or <see langword="null"/> when there are none.</summary>
    public static AnalyzerTables? Read(AnalyzerOptions options, CancellationToken cancellationToken)
        => Readings.GetValue(options, key => new Reading(ReadUncached(key, cancellationToken))).Tables;

    /// <summary>
    /// Runs <paramref name="register"/> at the start of each compilation that has Seedream tables, with what they
    /// say; compilations without tables cost nothing more.
    /// </summary>
    public static void OnCompilationWithTables(AnalysisContext context, System.Action<CompilationStartAnalysisContext, AnalyzerTables> register)
    {
        context.RegisterCompilationStartAction(start =>
        {
            if (Read(start.Options, start.CancellationToken) is { } tables)
            {
                register(start, tables);
            }
        });
    }

    private static AnalyzerTables? ReadUncached(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var parsed = new List<SourcedTable>();
        foreach (var file in options.AdditionalFiles)
        {
            if (TableFileFilter.Read(file, options.AnalyzerConfigOptionsProvider, cancellationToken) is { } table)
            {
                parsed.Add(TableParser.Parse(table, cancellationToken));
            }
        }

        var set = TableSetBuilder.Build(parsed.ToImmutableArray());
        return set.Accepted.IsEmpty ? null : new AnalyzerTables(set, HostChoiceReader.Read(options.AnalyzerConfigOptionsProvider).Host);
    }

    /// <summary>Whether some table has, at some host, an option (an extra, a value or a host field) of this C# name: a cheap test before any semantic work.</summary>
    public bool IsOptionName(string name) => _optionsByHost.Values.Any(byMember => byMember.ContainsKey(name));

    /// <summary>The model of a generated builder type (<c>Seedream50Builder</c>).</summary>
    public ModelTableSpec? ModelOfBuilder(ITypeSymbol? type) => IsGenerated(type) && _byBuilder.TryGetValue(type!.Name, out var table) ? table : null;

    /// <summary>The model of a generated entry type (<c>Seedream50</c>).</summary>
    public ModelTableSpec? ModelOfEntryType(ITypeSymbol? type) => IsGenerated(type) && _byEntryType.TryGetValue(type!.Name, out var table) ? table : null;

    /// <summary>The model, category and extra of a generated enum (<c>Seedream50Resolution</c>).</summary>
    public (ModelTableSpec Table, OptionCategory Category, string ExtraName)? EnumOf(ITypeSymbol? type)
        => type is { TypeKind: TypeKind.Enum } && IsGenerated(type) && _byEnum.TryGetValue(type.Name, out var found) ? found : null;

    /// <summary>The model of a generated enum type name, read from syntax alone.</summary>
    public (ModelTableSpec Table, OptionCategory Category, string ExtraName)? EnumOf(string typeName)
        => _byEnum.TryGetValue(typeName, out var found) ? found : null;

    /// <summary>The model whose entry type is named <paramref name="typeName"/>, read from syntax alone.</summary>
    public ModelTableSpec? ModelNamed(string typeName) => _byEntryType.TryGetValue(typeName, out var table) ? table : null;

    /// <summary>The table with this model id.</summary>
    public ModelTableSpec? ById(string id) => _byId.TryGetValue(id, out var table) ? table : null;

    /// <summary>
    /// The option of <paramref name="category"/> called <paramref name="member"/> (for a value: of the extra <paramref name="extraName"/>)
    /// at the targeted host, with the models that support it there.
    /// </summary>
    public ModelOption? Option(OptionCategory category, string extraName, string member) => OptionAt(Host, category, extraName, member);

    /// <summary>As <see cref="Option"/>, at <paramref name="host"/>.</summary>
    public ModelOption? OptionAt(string host, OptionCategory category, string extraName, string member)
        => _optionsByHost[host].TryGetValue(member, out var options)
            ? options.FirstOrDefault(option => option.Category == category && (category is OptionCategory.Size or OptionCategory.Resolution or OptionCategory.HostField || option.ExtraName == extraName))
            : null;

    /// <summary>An extra's spec on a model, by its builder method's name.</summary>
    public static ExtraSpec? Extra(ModelTableSpec table, string name) => table.Extras.FirstOrDefault(extra => extra.Name == name);

    private static bool IsGenerated(ITypeSymbol? type)
        => type is { ContainingType: null, ContainingNamespace: { Name: "Models", ContainingNamespace: { Name: "Seedream", ContainingNamespace.IsGlobalNamespace: true } } };

    /// <summary>A cached outcome of reading, which may be "no tables" (a null can't be a weak table's value).</summary>
    private sealed class Reading
    {
        public Reading(AnalyzerTables? tables) => Tables = tables;

        public AnalyzerTables? Tables { get; }
    }
}
