using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Seedream.Testing.Sockets;

/// <summary>
/// Counts every <see cref="Violation"/> found, kind by kind (safe to use from concurrent runs), and keeps what
/// each one was; <see cref="Report"/> is the line the hostile suites print and BENCHMARKS.md quotes.
/// </summary>
public sealed class ViolationTally
{
    private readonly int[] _counts = new int[Enum.GetValues<Violation>().Length];
    private readonly ConcurrentQueue<string> _details = new();

    /// <summary>Every violation found so far, described (run, kind, detail).</summary>
    public IReadOnlyList<string> Details => _details.ToArray();

    /// <summary>Whether nothing was found.</summary>
    public bool IsClean => _details.IsEmpty;

    /// <summary>How many violations of <paramref name="kind"/> were found.</summary>
    public int this[Violation kind] => Volatile.Read(ref _counts[(int)kind]);

    /// <summary>Counts a violation of <paramref name="kind"/> found in <paramref name="run"/>.</summary>
    /// <param name="run">Which run found it, e.g. a case number and call.</param>
    /// <param name="kind">What broke.</param>
    /// <param name="detail">What exactly was seen.</param>
    public void Add(string run, Violation kind, string detail)
    {
        Interlocked.Increment(ref _counts[(int)kind]);
        _details.Enqueue($"{run}: {Name(kind)}: {detail}");
    }

    /// <summary>One line: every kind with its count, e.g. <c>hangs 0, unsafe re-sends 0, …</c>.</summary>
    /// <param name="kinds">The kinds the suite checks, in the order to show them.</param>
    public string Report(params Violation[] kinds) =>
        string.Join(", ", kinds.Select(kind => Plural(kind) + " " + this[kind]));

    private static string Name(Violation kind) => kind switch
    {
        Violation.Hang => "hang",
        Violation.UnsafeResend => "unsafe re-send",
        Violation.MisnamedFile => "misnamed file",
        Violation.NonImageSaved => "non-image saved",
        Violation.Leak => "leak",
        _ => "untyped escape",
    };

    private static string Plural(Violation kind) => Name(kind) switch
    {
        "non-image saved" => "non-images saved",
        var name => name + "s",
    };
}
