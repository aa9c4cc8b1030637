using System.Collections.Generic;

namespace Seedream.Fuzz.Tests.Infrastructure;

/// <summary>Reads a case's random choices (drawn by CsCheck) one at a time, wrapping around when they run out.</summary>
internal sealed class ChoiceReader
{
    private readonly int[] _choices;
    private int _next;

    public ChoiceReader(int[] choices) => _choices = choices;

    /// <summary>A number in [0, <paramref name="count"/>).</summary>
    public int Pick(int count) => _choices[_next++ % _choices.Length] % count;

    /// <summary>One of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Pick(items.Count)];

    /// <summary>True <paramref name="percent"/> times in a hundred.</summary>
    public bool Chance(int percent) => Pick(100) < percent;
}
