using System;
using System.Linq;
using Seedream.Generators.Model;

namespace Seedream.Cli.ModelTables;

/// <summary>
/// A table the generator's parser accepted, as the client's <see cref="SeedreamModelTable"/>: the same data the
/// generator writes as C# for a project's build that targets the gateway (its <c>TableDataWriter</c>), built at run
/// time instead, so only the extras the gateway takes.
/// </summary>
internal static class ModelTableConversion
{
    /// <summary>The table as the client, the emulator and the batch runner take it, at the gateway.</summary>
    /// <param name="table">A table without errors.</param>
    public static SeedreamModelTable ToModelTable(ModelTableSpec table) => ToModelTable(table, table.OnHost(Hosts.Gateway).Extras);

    private static SeedreamModelTable ToModelTable(ModelTableSpec table, EquatableArray<ExtraSpec> extras) => new(
        id: table.Id,
        typeName: table.TypeName,
        description: table.Description,
        sizes: table.Sizes.Select(size => size.Wire).ToArray(),
        resolutions: table.Resolutions.Select(resolution => resolution.Wire).ToArray(),
        limits: new SeedreamModelLimits(
            maxReferenceImages: table.Limits.MaxReferenceImages,
            maxReferenceImageBytes: table.Limits.MaxReferenceImageBytes,
            maxImageSetTotal: table.Limits.MaxImageSetTotal,
            recommendedPromptLength: table.Limits.RecommendedPromptLength),
        extras: extras.Select(ToExtraOption).ToArray(),
        notes: table.Notes.ToArray());

    private static SeedreamExtraOption ToExtraOption(ExtraSpec extra) => new(
        name: extra.Name,
        path: extra.Path,
        kind: extra.Kind switch
        {
            ExtraKind.Enum => SeedreamExtraKind.Enum,
            ExtraKind.Bool => SeedreamExtraKind.Bool,
            ExtraKind.Number => SeedreamExtraKind.Number,
            ExtraKind.Tool => SeedreamExtraKind.Tool,
            _ => throw new ArgumentOutOfRangeException(nameof(extra), extra.Kind, "An extra kind the client does not know."),
        },
        description: extra.Description,
        values: extra.Values.Select(value => new SeedreamExtraValue(value.Wire, value.Description)).ToArray(),
        minimum: extra.Minimum,
        maximum: extra.Maximum,
        tool: extra.Tool,
        defaultValue: extra.DefaultValue);
}
