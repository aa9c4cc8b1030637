using System;

namespace Seedream.Annotations;

/// <summary>
/// Put by the Seedream source generator on the parameter of a number option: the inclusive range the
/// model accepts; a constant argument outside it is reported as SEEDREAM101.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
public sealed class SeedreamRangeAttribute : Attribute
{
    /// <summary>Describes an inclusive range.</summary>
    /// <param name="minimum">The smallest accepted value.</param>
    /// <param name="maximum">The largest accepted value.</param>
    public SeedreamRangeAttribute(double minimum, double maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The smallest accepted value.</summary>
    public double Minimum { get; }

    /// <summary>The largest accepted value.</summary>
    public double Maximum { get; }
}
