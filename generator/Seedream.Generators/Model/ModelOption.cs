namespace Seedream.Generators.Model;

/// <summary>One option that at least one table of the compilation supports, and which models support it.</summary>
/// <param name="Category">Whether it is a size, a resolution, an extra, one value of an enum extra, or a common field only some hosts take.</param>
/// <param name="ExtraName">The extra's name for <see cref="OptionCategory.Extra"/> and <see cref="OptionCategory.ExtraValue"/>; empty otherwise.</param>
/// <param name="Member">The C# member: the enum member, or the extra's method name.</param>
/// <param name="Wire">The wire value (a size, a resolution or an enum value); for an extra, its key path; for a host field, its name.</param>
/// <param name="Kind">For an extra, how its value is written (from the first supporting table).</param>
/// <param name="SupportedBy">The ids of the models that support it, in table order.</param>
internal sealed record ModelOption(
    OptionCategory Category,
    string ExtraName,
    string Member,
    string Wire,
    ExtraKind Kind,
    EquatableArray<string> SupportedBy);
