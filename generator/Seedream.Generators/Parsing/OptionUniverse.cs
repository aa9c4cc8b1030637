using System.Collections.Generic;
using System.Linq;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>
/// The union of every option the compilation's tables support, and which models support each;
/// from it each model learns what it lacks (and so emits as a compile error naming the supporters).
/// </summary>
internal static class OptionUniverse
{
    public static EquatableArray<ModelOption> Build(TableSet tables)
    {
        var options = new List<ModelOption>();
        var index = new Dictionary<(OptionCategory, string, string), int>();

        void Add(OptionCategory category, string extraName, string member, string wire, ExtraKind kind, string modelId)
        {
            // Keyed by the C# name: two wire values that read as one name ("4K", "4K|") are one generated member.
            var key = (category, extraName, member);
            if (index.TryGetValue(key, out var at))
            {
                var existing = options[at];
                options[at] = existing with { SupportedBy = new EquatableArray<string>(existing.SupportedBy.Concat(new[] { modelId })) };
                return;
            }

            index.Add(key, options.Count);
            options.Add(new ModelOption(category, extraName, member, wire, kind, new EquatableArray<string>(new[] { modelId })));
        }

        foreach (var table in tables.Accepted)
        {
            foreach (var size in table.Sizes)
            {
                Add(OptionCategory.Size, string.Empty, size.Member, size.Wire, ExtraKind.Enum, table.Id);
            }

            foreach (var resolution in table.Resolutions)
            {
                Add(OptionCategory.Resolution, string.Empty, resolution.Member, resolution.Wire, ExtraKind.Enum, table.Id);
            }

            foreach (var extra in table.Extras)
            {
                Add(OptionCategory.Extra, extra.Name, extra.Name, extra.Path, extra.Kind, table.Id);
                foreach (var value in extra.Values)
                {
                    Add(OptionCategory.ExtraValue, extra.Name, value.Member, value.Wire, ExtraKind.Enum, table.Id);
                }
            }
        }

        return new EquatableArray<ModelOption>(options);
    }

    /// <summary>The options other models support and <paramref name="table"/> lacks, as far as its own types can show them.</summary>
    public static ModelEmitSpec ForModel(ModelTableSpec table, EquatableArray<ModelOption> universe)
    {
        var unsupported = new List<ModelOption>();
        foreach (var option in universe)
        {
            if (option.SupportedBy.Contains(table.Id))
            {
                continue;
            }

            if (option.Category == OptionCategory.ExtraValue)
            {
                var extra = table.Extras.FirstOrDefault(candidate => candidate.Name == option.ExtraName);
                if (extra is null || extra.Kind != ExtraKind.Enum || extra.Values.Any(value => value.Member == option.Member))
                {
                    continue;
                }
            }
            else if (!IsFreeName(table, option))
            {
                continue;
            }

            unsupported.Add(option);
        }

        return new ModelEmitSpec(table, new EquatableArray<ModelOption>(unsupported));
    }

    /// <summary>Whether the option's member name is not already taken by one of the table's own values.</summary>
    private static bool IsFreeName(ModelTableSpec table, ModelOption option) => option.Category switch
    {
        OptionCategory.Size => table.Sizes.All(size => size.Member != option.Member),
        OptionCategory.Resolution => table.Resolutions.All(resolution => resolution.Member != option.Member),
        _ => table.Extras.All(extra => extra.Name != option.Member),
    };
}
