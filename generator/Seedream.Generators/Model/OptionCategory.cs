namespace Seedream.Generators.Model;

/// <summary>What an option of the union of all tables is.</summary>
internal enum OptionCategory
{
    Size,
    Resolution,
    Extra,
    ExtraValue,

    /// <summary>A common request field that not every host takes (<c>callback_url</c>, <c>callback_events</c>).</summary>
    HostField,
}
