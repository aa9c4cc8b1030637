namespace Seedream.Generators.Model;

/// <summary>One parsed, valid model table: everything the emitter needs, and nothing that compares by reference.</summary>
/// <param name="Id">The model id sent as <c>model</c>, e.g. <c>seedream-5.0</c>.</param>
/// <param name="TypeName">The entry type's name, e.g. <c>Seedream50</c>.</param>
/// <param name="Description">One line for IntelliSense.</param>
/// <param name="Sizes">Accepted aspect ratios.</param>
/// <param name="Resolutions">Accepted resolutions.</param>
/// <param name="Limits">The numeric limits.</param>
/// <param name="Extras">The model-specific options.</param>
/// <param name="Notes">Where the seed and the upstream documents disagree.</param>
internal sealed record ModelTableSpec(
    string Id,
    string TypeName,
    string Description,
    EquatableArray<NamedValue> Sizes,
    EquatableArray<NamedValue> Resolutions,
    LimitsSpec Limits,
    EquatableArray<ExtraSpec> Extras,
    EquatableArray<string> Notes);
