using System;
using System.Collections.Generic;

namespace Seedream;

/// <summary>A model-specific option, written inside the request's <c>extra</c> object at <see cref="Path"/>.</summary>
public sealed class SeedreamExtraOption
{
    /// <summary>Creates an option description.</summary>
    /// <param name="name">The builder method's name, e.g. <c>OutputFormat</c>; the same option has the same name on every model.</param>
    /// <param name="path">Dotted key path inside <c>extra</c>, e.g. <c>optimize_prompt_options.mode</c>.</param>
    /// <param name="kind">How the value is written.</param>
    /// <param name="description">One line that says what the option does.</param>
    /// <param name="values">The allowed values of an <see cref="SeedreamExtraKind.Enum"/> option; empty otherwise.</param>
    /// <param name="minimum">The smallest allowed value of a <see cref="SeedreamExtraKind.Number"/> option.</param>
    /// <param name="maximum">The largest allowed value of a <see cref="SeedreamExtraKind.Number"/> option.</param>
    /// <param name="tool">The tool type of a <see cref="SeedreamExtraKind.Tool"/> option, e.g. <c>web_search</c>.</param>
    /// <param name="defaultValue">The upstream default, as written in the table, when one is documented.</param>
    public SeedreamExtraOption(
        string name,
        string path,
        SeedreamExtraKind kind,
        string description,
        IReadOnlyList<SeedreamExtraValue>? values = null,
        double? minimum = null,
        double? maximum = null,
        string? tool = null,
        string? defaultValue = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Kind = kind;
        Description = description ?? throw new ArgumentNullException(nameof(description));
        Values = values ?? Array.Empty<SeedreamExtraValue>();
        Minimum = minimum;
        Maximum = maximum;
        Tool = tool;
        DefaultValue = defaultValue;
    }

    /// <summary>The builder method's name, e.g. <c>OutputFormat</c>; the same option has the same name on every model.</summary>
    public string Name { get; }

    /// <summary>Dotted key path inside <c>extra</c>, e.g. <c>optimize_prompt_options.mode</c>.</summary>
    public string Path { get; }

    /// <summary>How the value is written.</summary>
    public SeedreamExtraKind Kind { get; }

    /// <summary>One line that says what the option does.</summary>
    public string Description { get; }

    /// <summary>The allowed values of an <see cref="SeedreamExtraKind.Enum"/> option; empty otherwise.</summary>
    public IReadOnlyList<SeedreamExtraValue> Values { get; }

    /// <summary>The smallest allowed value of a <see cref="SeedreamExtraKind.Number"/> option.</summary>
    public double? Minimum { get; }

    /// <summary>The largest allowed value of a <see cref="SeedreamExtraKind.Number"/> option.</summary>
    public double? Maximum { get; }

    /// <summary>The tool type of a <see cref="SeedreamExtraKind.Tool"/> option, e.g. <c>web_search</c>.</summary>
    public string? Tool { get; }

    /// <summary>The upstream default, as written in the table, when one is documented.</summary>
    public string? DefaultValue { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} (extra.{Path})";
}
