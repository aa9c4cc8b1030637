using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Seedream.Generators.Diagnostics;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>
/// Decides which tables generate code. One rule, by model id: a project table replaces the shipped table
/// with its id, whatever the file is called; a second project table with one id is an error on the second
/// (by file path). Then every name the winners would emit is claimed, ignoring case, shipped tables first:
/// a table whose name is taken is an error on that table, and the others still generate.
/// </summary>
internal static class TableSetBuilder
{
    public static TableSet Build(ImmutableArray<SourcedTable> tables)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var project = Winners(tables, TableSource.Project, DiagnosticDescriptors.DuplicateProjectModelId, diagnostics);
        var shipped = Winners(tables, TableSource.Shipped, DiagnosticDescriptors.DuplicateModelId, diagnostics)
            .Where(table => !project.Any(own => SameId(own, table)))
            .ToList();

        var claims = new Dictionary<string, (GeneratedName Name, ParsedTable? Owner)>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in GeneratedNames.Fixed)
        {
            claims[Key(name)] = (name, null);
        }

        var accepted = new List<SourcedTable>();
        foreach (var table in shipped.Concat(project))
        {
            var conflict = FirstConflict(table.Parsed, claims);
            if (conflict is not null)
            {
                diagnostics.Add(conflict);
                continue;
            }

            foreach (var name in GeneratedNames.Of(table.Parsed.Table!))
            {
                claims[Key(name)] = (name, table.Parsed);
            }

            accepted.Add(table);
        }

        accepted.Sort((left, right) => StringComparer.Ordinal.Compare(left.Parsed.FilePath, right.Parsed.FilePath));
        return new TableSet(
            new EquatableArray<ModelTableSpec>(accepted.Select(table => table.Parsed.Table!)),
            new EquatableArray<string>(accepted.Where(table => table.Source == TableSource.Project).Select(table => table.Parsed.Table!.TypeName)),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    /// <summary>The valid tables of one source, the first by file path for each model id; each later one is reported.</summary>
    private static List<SourcedTable> Winners(ImmutableArray<SourcedTable> tables, TableSource source, Microsoft.CodeAnalysis.DiagnosticDescriptor duplicate, List<DiagnosticInfo> diagnostics)
    {
        var winners = new List<SourcedTable>();
        foreach (var table in tables.Where(table => table.Source == source && table.Parsed.Table is not null).OrderBy(table => table.Parsed.FilePath, StringComparer.Ordinal))
        {
            var original = winners.FirstOrDefault(winner => SameId(winner, table));
            if (original is null)
            {
                winners.Add(table);
                continue;
            }

            diagnostics.Add(new DiagnosticInfo(
                duplicate,
                table.Parsed.IdLocation!,
                new EquatableArray<LocationInfo>(new[] { original.Parsed.IdLocation! }),
                new EquatableArray<string>(new[] { table.Parsed.Table!.Id, original.Parsed.FilePath })));
        }

        return winners;
    }

    /// <summary>The error for the first name of <paramref name="table"/> that is already claimed, or <see langword="null"/>.</summary>
    private static DiagnosticInfo? FirstConflict(ParsedTable table, Dictionary<string, (GeneratedName Name, ParsedTable? Owner)> claims)
    {
        var own = new Dictionary<string, GeneratedName>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in GeneratedNames.Of(table.Table!))
        {
            string holder;
            LocationInfo? holderLocation = null;
            if (own.TryGetValue(Key(name), out var mine))
            {
                holder = "this table also emits as " + mine.Role + " (\"" + mine.Name + "\")";
            }
            else if (claims.TryGetValue(Key(name), out var claim))
            {
                holder = claim.Owner is null
                    ? "is reserved for " + claim.Name.Role + " (\"" + claim.Name.Name + "\")"
                    : "model \"" + claim.Owner.Table!.Id + "\" in " + claim.Owner.FilePath + " emits as " + claim.Name.Role + " (\"" + claim.Name.Name + "\")";
                holderLocation = claim.Owner?.TypeNameLocation;
            }
            else
            {
                own[Key(name)] = name;
                continue;
            }

            return new DiagnosticInfo(
                DiagnosticDescriptors.GeneratedNameConflict,
                table.TypeNameLocation!,
                holderLocation is null ? EquatableArray<LocationInfo>.Empty : new EquatableArray<LocationInfo>(new[] { holderLocation }),
                new EquatableArray<string>(new[] { table.Table!.Id, table.Table.TypeName, name.Role, name.Name, holder }));
        }

        return null;
    }

    private static bool SameId(SourcedTable left, SourcedTable right)
        => string.Equals(left.Parsed.Table!.Id, right.Parsed.Table!.Id, StringComparison.OrdinalIgnoreCase);

    private static string Key(GeneratedName name) => name.Kind + ":" + name.Name;
}
