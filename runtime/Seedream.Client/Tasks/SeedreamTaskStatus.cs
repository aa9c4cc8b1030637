using System;

namespace Seedream;

/// <summary>
/// A task's status as the API reports it: <see cref="Queued"/>, <see cref="Processing"/>, <see cref="Completed"/>,
/// <see cref="Failed"/> or <see cref="Cancelled"/>, or any value the API adds later, which is kept as sent and
/// means "still running". Compared ignoring letter case and surrounding white space; never fails to read.
/// </summary>
public readonly struct SeedreamTaskStatus : IEquatable<SeedreamTaskStatus>
{
    private readonly string? _value;

    /// <summary>Creates a status from the text the API sent.</summary>
    /// <param name="value">The status as sent, e.g. <c>processing</c>; <see langword="null"/> is kept as an empty status.</param>
    public SeedreamTaskStatus(string? value)
    {
        _value = value;
    }

    /// <summary>Waiting to start; the only status that can be cancelled.</summary>
    public static SeedreamTaskStatus Queued { get; } = new SeedreamTaskStatus("queued");

    /// <summary>Running; the progress rises towards 100.</summary>
    public static SeedreamTaskStatus Processing { get; } = new SeedreamTaskStatus("processing");

    /// <summary>Finished; the task has its images.</summary>
    public static SeedreamTaskStatus Completed { get; } = new SeedreamTaskStatus("completed");

    /// <summary>Failed; the task's error says why.</summary>
    public static SeedreamTaskStatus Failed { get; } = new SeedreamTaskStatus("failed");

    /// <summary>Cancelled while queued; the quota was refunded.</summary>
    public static SeedreamTaskStatus Cancelled { get; } = new SeedreamTaskStatus("cancelled");

    /// <summary>The status as the API sent it (an empty string when it sent none).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether the status is final: completed, failed or cancelled. An unknown status is not.</summary>
    public bool IsTerminal => Equals(Completed) || Equals(Failed) || Equals(Cancelled);

    /// <summary>Whether two statuses are the same, ignoring letter case and surrounding white space.</summary>
    /// <param name="left">A status.</param>
    /// <param name="right">Another status.</param>
    public static bool operator ==(SeedreamTaskStatus left, SeedreamTaskStatus right) => left.Equals(right);

    /// <summary>Whether two statuses differ, ignoring letter case and surrounding white space.</summary>
    /// <param name="left">A status.</param>
    /// <param name="right">Another status.</param>
    public static bool operator !=(SeedreamTaskStatus left, SeedreamTaskStatus right) => !left.Equals(right);

    /// <summary>Reads a status from text, as <see cref="SeedreamTaskStatus(string)"/> does.</summary>
    /// <param name="value">The status as sent.</param>
    public static implicit operator SeedreamTaskStatus(string? value) => new SeedreamTaskStatus(value);

    /// <inheritdoc />
    public bool Equals(SeedreamTaskStatus other) => string.Equals(Value.Trim(), other.Value.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SeedreamTaskStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value.Trim());

    /// <summary>The status as the API sent it.</summary>
    public override string ToString() => Value;
}
