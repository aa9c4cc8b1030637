namespace Seedream.Generators.Model;

/// <summary>What an option of the union of all tables is.</summary>
internal enum OptionCategory
{
    Size,
    Resolution,
    Extra,
    ExtraValue,
}
