using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Seedream.Testing.Sockets;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// Judges a socket fuzz case: each call ends within its bound + <see cref="CallBounds.Slack"/>; only <see cref="SeedreamException"/> escapes;
/// a create reaches the server again only after answers that created nothing; every file is named after a task id
/// the client was asked to follow and is an image; the key, in any letter case, is in no exception text, log
/// line or file name.
/// </summary>
internal static class SocketOracle
{
    /// <summary>The kinds the socket fuzz checks, in report order.</summary>
    public static readonly Violation[] Checked =
    {
        Violation.Hang, Violation.UnsafeResend, Violation.MisnamedFile, Violation.NonImageSaved, Violation.Leak, Violation.UntypedEscape,
    };

    /// <summary>Counts what <paramref name="evidence"/> shows in <paramref name="tally"/> and returns it, one line a violation.</summary>
    public static IReadOnlyList<string> Judge(string run, CaseEvidence evidence, ViolationTally tally)
    {
        var found = new List<(Violation Kind, string Detail)>();
        foreach (var (call, elapsed, bound) in evidence.Phases.Where(phase => CallBounds.Overran(phase.Elapsed, phase.Bound)))
        {
            found.Add((Violation.Hang, $"{call} took {elapsed.TotalSeconds:0.0} s; its bound is {bound.TotalSeconds:0.0} s + {CallBounds.Slack.TotalSeconds:0} s"));
        }

        if (evidence.Thrown is { } thrown and not SeedreamException)
        {
            found.Add((Violation.UntypedEscape, thrown.GetType().FullName + ": " + thrown.Message));
        }

        if (CreateResends.Unsafe(evidence.Exchanges) is var resends and > 0)
        {
            found.Add((Violation.UnsafeResend, $"{resends} create(s) after an answer that may have created a task"));
        }

        var prefixes = evidence.AskedIds.Select(FilePrefix).ToList();
        foreach (var (path, bytes) in evidence.Files)
        {
            var name = Path.GetFileName(path);
            if (!prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                found.Add((Violation.MisnamedFile, $"{name} is named after none of {string.Join(", ", evidence.AskedIds)}"));
            }

            if (!ImageSignature.IsImage(bytes))
            {
                found.Add((Violation.NonImageSaved, $"{name} starts with {BitConverter.ToString(bytes, 0, Math.Min(bytes.Length, 12))}"));
            }
        }

        var texts = evidence.LogLines.Concat(evidence.Files.Keys.Select(Path.GetFileName)).Append(evidence.Thrown?.ToString());
        foreach (var leak in KeySearch.Holding(ResponseMutator.ApiKey, texts))
        {
            found.Add((Violation.Leak, FirstLine(leak)));
        }

        foreach (var (kind, detail) in found)
        {
            tally.Add(run, kind, detail);
        }

        return found.Select(violation => violation.Kind + ": " + violation.Detail).ToList();
    }

    /// <summary>
    /// How the client's file names for <paramref name="taskId"/> begin: the id up to where it echoes the key (which
    /// the client masks), every character but ASCII letters, digits, '-', '_' and '.' as '_', leading dots dropped;
    /// an id with nothing usable left is named <c>task-</c> and a hash.
    /// </summary>
    private static string FilePrefix(string taskId)
    {
        var at = taskId.IndexOf(ResponseMutator.ApiKey, StringComparison.OrdinalIgnoreCase);
        var kept = at < 0 ? taskId : taskId[..at];
        var safe = new string(kept.Select(c => c < 128 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '.') ? c : '_').ToArray()).TrimStart('.');
        return safe.Trim('_', '.').Length == 0 ? "task-" : safe[..Math.Min(safe.Length, 60)];
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
