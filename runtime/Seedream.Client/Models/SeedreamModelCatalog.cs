using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream;

/// <summary>
/// The model tables one client (or emulator) checks requests against: immutable, built once. <see cref="Shipped"/>
/// holds the shipped tables (seedream-5.0, seedream-4.5, seedream-4.0); <see cref="Create"/> adds a project's own
/// (each project's generated <c>Seedream.Models.SeedreamProjectModels.Tables</c>). An added table with a shipped id
/// replaces the shipped one for that catalog only, so an application and a library in one process can hold
/// different tables for one id. A request built from a table is always checked against that table instead.
/// </summary>
public sealed class SeedreamModelCatalog
{
    private SeedreamModelCatalog(IReadOnlyList<SeedreamModelTable> tables)
    {
        All = tables;
    }

    /// <summary>The shipped tables, generated into this assembly from <c>spec/models/*.json</c>.</summary>
    public static SeedreamModelCatalog Shipped { get; } = new SeedreamModelCatalog(Seedream.Models.SeedreamModelTables.All.ToArray());

    /// <summary>Every table, shipped ones first (a replaced one in its place), then the added ones in the order given.</summary>
    public IReadOnlyList<SeedreamModelTable> All { get; }

    /// <summary>The shipped tables plus <paramref name="added"/>.</summary>
    /// <param name="added">Tables to add; one with a shipped id replaces the shipped table.</param>
    /// <returns>A new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="added"/> or one of its tables is null.</exception>
    /// <exception cref="ArgumentException">Two added tables have the same id.</exception>
    public static SeedreamModelCatalog Create(IEnumerable<SeedreamModelTable> added)
    {
        if (added is null)
        {
            throw new ArgumentNullException(nameof(added));
        }

        var extra = added.ToList();
        if (extra.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(added), "An added model table is null.");
        }

        var duplicate = extra.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Two added model tables have the id '{duplicate.Key}' (types {string.Join(", ", duplicate.Select(t => t.TypeName))}); a catalog holds one table per model id.",
                nameof(added));
        }

        var tables = Shipped.All.Select(shipped => extra.FirstOrDefault(t => t.Id == shipped.Id) ?? shipped).ToList();
        tables.AddRange(extra.Where(t => Shipped.Find(t.Id) is null));
        return new SeedreamModelCatalog(tables);
    }

    /// <summary>Finds the table of a model id, e.g. <c>seedream-5.0</c> (exact, case-sensitive match).</summary>
    /// <param name="id">The model id sent as <c>model</c>.</param>
    /// <returns>The table, or <see langword="null"/> when no table has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public SeedreamModelTable? Find(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        foreach (var table in All)
        {
            if (string.Equals(table.Id, id, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>
    /// Checks <paramref name="request"/> as a client with this catalog does before sending it: against the table it
    /// carries, else this catalog's table for its model. Options given as text are read by the table's kinds.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The request as it would be sent, carrying the table it was checked against.</returns>
    /// <exception cref="SeedreamValidationException">The model is unknown or the request does not fit its table; every problem is listed.</exception>
    public SeedreamRequest Validate(SeedreamRequest request) =>
        SeedreamRequestValidator.Checked(request ?? throw new ArgumentNullException(nameof(request)), this);

    /// <inheritdoc />
    public override string ToString() => "models: " + string.Join(", ", All.Select(t => t.Id));
}
