using System.Linq;

namespace Seedream.Generators.Model;

/// <summary>One model-specific option of a table, placed inside the request's <c>extra</c> object.</summary>
/// <param name="Name">The builder method's name, e.g. <c>OutputFormat</c>.</param>
/// <param name="Path">The dotted key path inside <c>extra</c>, e.g. <c>optimize_prompt_options.mode</c>.</param>
/// <param name="Kind">How the value is written.</param>
/// <param name="Description">One line for IntelliSense.</param>
/// <param name="Values">The allowed values of an enum option.</param>
/// <param name="Minimum">The smallest value of a number option.</param>
/// <param name="Maximum">The largest value of a number option.</param>
/// <param name="Tool">The tool type of a tool option, e.g. <c>web_search</c>.</param>
/// <param name="DefaultValue">The upstream default as written in the table, or <see langword="null"/>.</param>
/// <param name="Hosts">The hosts that take the option; empty when every host that serves the model does.</param>
internal sealed record ExtraSpec(
    string Name,
    string Path,
    ExtraKind Kind,
    string Description,
    EquatableArray<NamedValue> Values,
    double? Minimum,
    double? Maximum,
    string? Tool,
    string? DefaultValue,
    EquatableArray<string> Hosts)
{
    /// <summary>Whether <paramref name="host"/> takes the option.</summary>
    public bool IsTakenAt(string host) => Hosts.IsEmpty || Hosts.Contains(host);
}
