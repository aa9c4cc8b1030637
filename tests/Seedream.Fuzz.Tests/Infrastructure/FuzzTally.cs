using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Seedream.Fuzz.Tests.Infrastructure;

/// <summary>How many fuzz cases ended in each outcome.</summary>
internal sealed class FuzzTally
{
    private readonly SortedDictionary<string, int> _counts = new(System.StringComparer.Ordinal);

    public int Total { get; private set; }

    /// <summary>How long the cases took.</summary>
    public System.TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Add(string outcome)
    {
        Total++;
        _counts[outcome] = _counts.TryGetValue(outcome, out var count) ? count + 1 : 1;
    }

    /// <summary>One line per outcome, most frequent first, after a total.</summary>
    public string Report(string title)
    {
        var text = new StringBuilder().Append(title).Append(": ").Append(Total).Append(" cases in ").Append(Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)).AppendLine(" s");
        foreach (var (outcome, count) in _counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, System.StringComparer.Ordinal))
        {
            text.Append("  ").Append(count).Append("  ").AppendLine(outcome);
        }

        return text.ToString();
    }
}
