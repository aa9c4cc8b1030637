using System;
using System.Collections.Generic;
using System.Linq;
using Seedream.Cli.ModelTables;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>
/// The models a command knows, found by id in any letter case: the client's shipped tables, plus the tables given with
/// <c>--model-table</c> or <c>SEEDREAM_MODEL_TABLES</c> (<see cref="ModelTableFiles"/>); a given table with a shipped id
/// replaces the shipped one, as it does in a project.
/// </summary>
internal sealed class KnownModels
{
    /// <summary>The model every command uses unless <c>--model</c> says otherwise.</summary>
    public const string Default = "seedream-5.0";

    /// <summary>How a person adds a model of their own, for every message about an unknown model.</summary>
    public const string HowToAdd = $"A model of your own needs its table: give it with --model-table FILE or {ModelTableOption.Variable} (`seedream models --new ID` writes one).";

    /// <summary>The shipped tables and <paramref name="given"/>.</summary>
    /// <param name="given">The tables given to the command, already checked.</param>
    public KnownModels(IReadOnlyList<GivenTable> given)
    {
        Given = given;
        Catalog = SeedreamModelCatalog.Create(given.Select(table => table.Table));
    }

    /// <summary>The shipped tables only: what a command knows when it is given none.</summary>
    public static KnownModels Shipped { get; } = new(Array.Empty<GivenTable>());

    /// <summary>The catalog a client or emulator of this command checks requests against.</summary>
    public SeedreamModelCatalog Catalog { get; }

    /// <summary>The tables given to the command, with their files.</summary>
    public IReadOnlyList<GivenTable> Given { get; }

    /// <summary>The given tables, for <see cref="SeedreamClientOptions.ModelTables"/> and <see cref="Emulator.EmulatorOptions.ModelTables"/>.</summary>
    public IReadOnlyList<SeedreamModelTable> Added => Given.Select(table => table.Table).ToList();

    /// <summary>Every known model's table.</summary>
    public IReadOnlyList<SeedreamModelTable> All => Catalog.All;

    /// <summary>The ids, comma-separated, for help texts and messages.</summary>
    public string Ids => string.Join(", ", All.Select(t => t.Id));

    /// <summary>The table of <paramref name="id"/> in any letter case, or <see langword="null"/>.</summary>
    /// <param name="id">A model id as typed, e.g. <c>Seedream-4.5</c>.</param>
    public SeedreamModelTable? Find(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The table of <paramref name="id"/> in any letter case.</summary>
    /// <param name="id">A model id as typed.</param>
    /// <param name="option">The option the id was given with, for the message, e.g. <c>--model</c>; <see langword="null"/> for an argument.</param>
    /// <exception cref="CommandInputException">No known model has that id; the message lists the known ones and says how to add one.</exception>
    public SeedreamModelTable Resolve(string id, string? option) =>
        Find(id) ?? throw new CommandInputException($"{(option is null ? string.Empty : option + " ")}'{TerminalText.Escape(id)}' is not a known model; known models: {Ids}. {HowToAdd}");

    /// <summary>The JSON text of a known model's table: the file it was given in, or the shipped file.</summary>
    /// <param name="table">A table of <see cref="All"/>.</param>
    public string TableText(SeedreamModelTable table) =>
        Given.FirstOrDefault(given => ReferenceEquals(given.Table, table))?.Text
        ?? ShippedTableFiles.Tables.Single(file => file.FileName == table.Id + ".json").Text;

    /// <summary>The value of <paramref name="listed"/> that equals <paramref name="value"/> in any letter case, else <paramref name="value"/> unchanged (then the client's validation names what is allowed).</summary>
    /// <param name="listed">The values a table lists, e.g. its resolutions.</param>
    /// <param name="value">The value as typed, e.g. <c>2k</c>.</param>
    public static string Canonical(IEnumerable<string> listed, string value) =>
        listed.FirstOrDefault(v => string.Equals(v, value.Trim(), StringComparison.OrdinalIgnoreCase)) ?? value;
}
