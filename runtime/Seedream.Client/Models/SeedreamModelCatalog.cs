using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace Seedream;

/// <summary>
/// The model tables the client knows: the shipped ones (seedream-5.0, seedream-4.5, seedream-4.0,
/// generated into this assembly from <c>spec/models/*.json</c>) plus any table a consuming project's
/// own generated builder registers the first time it is used. Thread-safe.
/// </summary>
public static class SeedreamModelCatalog
{
    private static readonly object _gate = new object();
    private static ReadOnlyCollection<SeedreamModelTable> _tables =
        new ReadOnlyCollection<SeedreamModelTable>(new List<SeedreamModelTable>(Seedream.Models.SeedreamModelTables.All));

    /// <summary>Every known table, in registration order; a snapshot that later registrations do not change.</summary>
    public static IReadOnlyList<SeedreamModelTable> All => Volatile.Read(ref _tables);

    /// <summary>Finds the table of a model id, e.g. <c>seedream-5.0</c> (exact, case-sensitive match).</summary>
    /// <param name="id">The model id sent as <c>model</c>.</param>
    /// <returns>The table, or <see langword="null"/> when no table has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static SeedreamModelTable? Find(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        foreach (var table in Volatile.Read(ref _tables))
        {
            if (string.Equals(table.Id, id, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Adds a table, or replaces the table that has the same id.</summary>
    /// <param name="table">The table to register.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static void Register(SeedreamModelTable table)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        lock (_gate)
        {
            var tables = new List<SeedreamModelTable>(_tables);
            var index = tables.FindIndex(existing => string.Equals(existing.Id, table.Id, StringComparison.Ordinal));
            if (index >= 0)
            {
                tables[index] = table;
            }
            else
            {
                tables.Add(table);
            }

            Volatile.Write(ref _tables, new ReadOnlyCollection<SeedreamModelTable>(tables));
        }
    }
}
