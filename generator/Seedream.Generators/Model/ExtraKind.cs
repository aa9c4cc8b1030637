namespace Seedream.Generators.Model;

/// <summary>How an extra option's value is written (mirrors <c>Seedream.SeedreamExtraKind</c>).</summary>
internal enum ExtraKind
{
    Enum,
    Bool,
    Number,
    Tool,
}
