using System.Collections.Generic;
using System.Linq;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>
/// The union of every option the models served at one host support, and which models support each there;
/// the analyzer names the supporters when a model is asked for an option it lacks.
/// </summary>
internal static class OptionUniverse
{
    /// <summary>The common request fields a host may not take, each as (builder method, wire field).</summary>
    private static readonly (string Member, string Wire)[] CallbackFields =
    {
        (BuilderMembers.CallbackUrl, "callback_url"),
        (BuilderMembers.CallbackEvents, "callback_events"),
    };

    public static EquatableArray<ModelOption> Build(IEnumerable<HostedTable> models)
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

        foreach (var model in models)
        {
            var table = model.Table;
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

            if (model.Host.Callbacks)
            {
                foreach (var (member, wire) in CallbackFields)
                {
                    Add(OptionCategory.HostField, string.Empty, member, wire, ExtraKind.Enum, table.Id);
                }
            }
        }

        return new EquatableArray<ModelOption>(options);
    }
}
