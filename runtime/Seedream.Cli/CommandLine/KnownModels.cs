using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Cli;

/// <summary>The models the CLI knows (the client's shipped catalog), found by id in any letter case.</summary>
internal static class KnownModels
{
    /// <summary>The model every command uses unless <c>--model</c> says otherwise.</summary>
    public const string Default = "seedream-5.0";

    /// <summary>Every known model's table.</summary>
    public static IReadOnlyList<SeedreamModelTable> All => SeedreamModelCatalog.Shipped.All;

    /// <summary>The ids, comma-separated, for help texts and messages.</summary>
    public static string Ids => string.Join(", ", All.Select(t => t.Id));

    /// <summary>The table of <paramref name="id"/> in any letter case, or <see langword="null"/>.</summary>
    /// <param name="id">A model id as typed, e.g. <c>Seedream-4.5</c>.</param>
    public static SeedreamModelTable? Find(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The value of <paramref name="listed"/> that equals <paramref name="value"/> in any letter case, else <paramref name="value"/> unchanged (then the client's validation names what is allowed).</summary>
    /// <param name="listed">The values a table lists, e.g. its resolutions.</param>
    /// <param name="value">The value as typed, e.g. <c>2k</c>.</param>
    public static string Canonical(IEnumerable<string> listed, string value) =>
        listed.FirstOrDefault(v => string.Equals(v, value.Trim(), StringComparison.OrdinalIgnoreCase)) ?? value;
}
