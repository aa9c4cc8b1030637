using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Seedream.Generators.Diagnostics;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>Sets aside tables whose model id or type name an earlier table (by file path) already uses.</summary>
internal static class TableSetBuilder
{
    public static TableSet Build(ImmutableArray<ParsedTable> parsed)
    {
        var accepted = new List<ModelTableSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        var ids = new Dictionary<string, ParsedTable>(StringComparer.Ordinal);
        var typeNames = new Dictionary<string, ParsedTable>(StringComparer.Ordinal);
        foreach (var entry in parsed.OrderBy(entry => entry.FilePath, StringComparer.Ordinal))
        {
            var table = entry.Table;
            if (table is null)
            {
                continue;
            }

            if (ids.TryGetValue(table.Id, out var original))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.DuplicateModelId,
                    entry.IdLocation!,
                    new EquatableArray<LocationInfo>(new[] { original.IdLocation! }),
                    new EquatableArray<string>(new[] { table.Id, original.FilePath })));
                continue;
            }

            if (typeNames.TryGetValue(table.TypeName, out original))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.DuplicateTypeName,
                    entry.TypeNameLocation!,
                    new EquatableArray<LocationInfo>(new[] { original.TypeNameLocation! }),
                    new EquatableArray<string>(new[] { table.TypeName, original.Table!.Id, original.FilePath })));
                continue;
            }

            ids.Add(table.Id, entry);
            typeNames.Add(table.TypeName, entry);
            accepted.Add(table);
        }

        return new TableSet(new EquatableArray<ModelTableSpec>(accepted), new EquatableArray<DiagnosticInfo>(diagnostics));
    }
}
