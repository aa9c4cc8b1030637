using System;

namespace Seedream;

/// <summary>One allowed value of an enum-valued model option.</summary>
public sealed class SeedreamExtraValue
{
    /// <summary>Creates an allowed value.</summary>
    /// <param name="value">The wire value, e.g. <c>png</c>.</param>
    /// <param name="description">One line that says what the value does.</param>
    public SeedreamExtraValue(string value, string description)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Description = description ?? throw new ArgumentNullException(nameof(description));
    }

    /// <summary>The wire value, e.g. <c>png</c>.</summary>
    public string Value { get; }

    /// <summary>One line that says what the value does.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
