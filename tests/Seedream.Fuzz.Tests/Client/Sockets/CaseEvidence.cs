using System;
using System.Collections.Generic;
using Seedream.Testing.Sockets;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>What one socket fuzz case left behind, for the oracle to judge.</summary>
/// <param name="Phases">Each call made (e.g. wait, then save), how long it took and its documented bound.</param>
/// <param name="Thrown">What the last call threw, if anything.</param>
/// <param name="LogLines">Every log line the client wrote.</param>
/// <param name="Files">Every file left in the output folder (full paths) with its bytes.</param>
/// <param name="Exchanges">What the server received and answered.</param>
/// <param name="AskedIds">The task ids the client was asked to follow: the operation's own, and those the creates were given.</param>
/// <param name="Outcome">How the operation ended, for the tally.</param>
internal sealed record CaseEvidence(
    IReadOnlyList<(string Call, TimeSpan Elapsed, TimeSpan Bound)> Phases,
    Exception? Thrown,
    IReadOnlyList<string> LogLines,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyList<Exchange> Exchanges,
    IReadOnlyList<string> AskedIds,
    string Outcome);
