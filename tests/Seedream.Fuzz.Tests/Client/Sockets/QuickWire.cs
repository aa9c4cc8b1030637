using System.Linq;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// A socket fuzz case made fit for the CLI, which runs with the shipped limits (30 s per API attempt, 60 s per
/// download): the mutations that hold a connection open until a time limit (a stall, a trickle, a damaged chunked
/// body or a huge declared body left open) close the connection early instead, so a CLI case ends in seconds.
/// The CLI asks no sync endpoint.
/// </summary>
internal static class QuickWire
{
    public static SocketFuzzCase Of(SocketFuzzCase fuzzCase) => fuzzCase with
    {
        UseSyncEndpoint = false,
        ApiAnswers = fuzzCase.ApiAnswers.Select(Quick).ToList(),
        DownloadAnswers = fuzzCase.DownloadAnswers.Select(Quick).ToList(),
    };

    // The variants that stall are WireRenderer's: an odd ChunkedDamaged, a Huge of variant 1 (mod 3).
    private static SocketAnswer Quick(SocketAnswer answer) => answer.Mutation switch
    {
        WireMutation.StallAfterHeaders or WireMutation.StallMidBody or WireMutation.Trickle => answer with { Mutation = WireMutation.CloseEarly },
        WireMutation.ChunkedDamaged when answer.Variant % 2 == 1 => answer with { Variant = answer.Variant - 1 },
        WireMutation.Huge when answer.Variant % 3 == 1 => answer with { Variant = answer.Variant + 1 },
        _ => answer,
    };
}
