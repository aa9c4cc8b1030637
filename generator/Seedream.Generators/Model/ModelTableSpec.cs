using System.Linq;

namespace Seedream.Generators.Model;

/// <summary>One parsed, valid model table: everything the emitter needs, and nothing that compares by reference.</summary>
/// <param name="Id">The model's id at the gateway, e.g. <c>seedream-5.0</c>; also the table's identity.</param>
/// <param name="TypeName">The entry type's name, e.g. <c>Seedream50</c>.</param>
/// <param name="Description">One line for IntelliSense.</param>
/// <param name="Hosts">The hosts that serve the model, the gateway first (under <paramref name="Id"/>), then the table's <c>hosts</c>.</param>
/// <param name="Sizes">Accepted aspect ratios.</param>
/// <param name="Resolutions">Accepted resolutions.</param>
/// <param name="Limits">The numeric limits.</param>
/// <param name="Extras">The model-specific options, at every host (each says where it is taken).</param>
/// <param name="Notes">Where the seed and the upstream documents disagree.</param>
internal sealed record ModelTableSpec(
    string Id,
    string TypeName,
    string Description,
    EquatableArray<HostSpec> Hosts,
    EquatableArray<NamedValue> Sizes,
    EquatableArray<NamedValue> Resolutions,
    LimitsSpec Limits,
    EquatableArray<ExtraSpec> Extras,
    EquatableArray<string> Notes)
{
    /// <summary>The entry of <paramref name="host"/>, or <see langword="null"/> when the host does not serve the model.</summary>
    public HostSpec? At(string host) => Hosts.FirstOrDefault(entry => entry.Host == host);

    /// <summary>The table as <paramref name="host"/> serves the model: only the extras taken there.</summary>
    public ModelTableSpec OnHost(string host)
        => this with { Extras = new EquatableArray<ExtraSpec>(Extras.Where(extra => extra.IsTakenAt(host))) };
}
