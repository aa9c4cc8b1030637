using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Seedream.Testing;

/// <summary>
/// Keeps every log line at every level — message, structured values and exception — so tests can
/// search them (for instance for a secret that must never be logged).
/// </summary>
public sealed class LogCapture : IDisposable
{
    private readonly FakeLogCollector _collector = new();

    /// <summary>Creates a capture whose <see cref="Factory"/> and <see cref="Provider"/> feed it.</summary>
    public LogCapture()
    {
        Provider = new FakeLoggerProvider(_collector);
        Factory = new LoggerFactory(new[] { Provider }, new LoggerFilterOptions { MinLevel = LogLevel.Trace });
    }

    /// <summary>The logger factory to give the code under test.</summary>
    public ILoggerFactory Factory { get; }

    /// <summary>The provider to add to a logging builder (<c>builder.AddProvider(capture.Provider)</c>).</summary>
    public ILoggerProvider Provider { get; }

    /// <summary>Every line logged so far, rendered with its level, category, structured values and exception.</summary>
    public IReadOnlyList<string> Lines => _collector.GetSnapshot().Select(Render).ToList();

    /// <summary><see cref="Lines"/> as one text.</summary>
    public string All => string.Join(Environment.NewLine, Lines);

    /// <inheritdoc />
    public void Dispose() => Factory.Dispose();

    private static string Render(FakeLogRecord record)
    {
        var structured = record.StructuredState is { } pairs ? string.Join(" ", pairs.Select(p => p.Key + "=" + p.Value)) : string.Empty;
        return $"{record.Level} {record.Category}: {record.Message} | {structured} {record.Exception}";
    }
}
