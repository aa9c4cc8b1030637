using System.Linq;
using System.Collections.Generic;
using Seedream.Generators.Diagnostics;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>
/// Turns the accepted tables into the models the targeted host serves: a table that names no id at the host is set
/// aside with a warning, and each other keeps only the extras taken there.
/// </summary>
internal static class HostedSetBuilder
{
    public static HostedSet Build(TableSet set, string host)
    {
        var accepted = new List<HostedTable>();
        var projectTypeNames = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var table in set.Accepted)
        {
            if (table.At(host) is not { } entry)
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.ModelNotServedAtHost,
                    LocationInfo.None,
                    EquatableArray<LocationInfo>.Empty,
                    new EquatableArray<string>(new[] { table.Id, table.TypeName, Hosts.Describe(host), host })));
                continue;
            }

            accepted.Add(new HostedTable(table.OnHost(host), entry));
            if (set.ProjectTypeNames.Contains(table.TypeName))
            {
                projectTypeNames.Add(table.TypeName);
            }
        }

        return new HostedSet(host, new EquatableArray<HostedTable>(accepted), new EquatableArray<string>(projectTypeNames), new EquatableArray<DiagnosticInfo>(diagnostics));
    }
}
