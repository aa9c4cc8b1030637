using System;
using System.Linq;
using System.Text;
using CsCheck;
using Seedream.Fuzz.Tests.Infrastructure;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// Builds a socket fuzz case from random choices: the answers <see cref="ResponseMutator"/> makes (mutated
/// bodies, statuses, headers), with the key echoed back in any letter case (in error messages, task ids and
/// image link names) or the task id swapped for another task's, each then damaged on the socket by a
/// <see cref="WireMutation"/> about half the time.
/// </summary>
internal static class SocketMutator
{
    /// <summary>A task id the client never asked for.</summary>
    public const string OtherTaskId = "task-other-4711";

    private static readonly WireMutation[] ApiMutations = Enum.GetValues<WireMutation>().Where(mutation => mutation is not WireMutation.None and not WireMutation.ImageImpostor).ToArray();

    private static readonly WireMutation[] DownloadMutations = Enum.GetValues<WireMutation>().Where(mutation => mutation is not WireMutation.None).ToArray();

    public static Gen<int[]> Choices => ResponseMutator.Choices;

    public static SocketFuzzCase Build(int[] choices)
    {
        var pick = new ChoiceReader(choices);
        var operation = (ClientOperation)pick.Pick(Enum.GetValues<ClientOperation>().Length);
        var useSync = operation == ClientOperation.Generate && pick.Chance(40);
        var api = Enumerable.Range(0, 1 + pick.Pick(4))
            .Select(_ => Damage(Echo(ResponseMutator.ApiAnswer(pick, operation), pick), pick, ApiMutations))
            .ToList();
        var downloads = Enumerable.Range(0, pick.Pick(3))
            .Select(_ => Damage(ResponseMutator.DownloadAnswer(pick), pick, DownloadMutations))
            .ToList();
        return new SocketFuzzCase(operation, useSync, api, downloads);
    }

    /// <summary>The key as a server might echo it: as sent, upper-cased, lower-cased or with every letter's case swapped.</summary>
    public static string KeyVariant(int variant) => (variant % 4) switch
    {
        0 => ResponseMutator.ApiKey,
        1 => ResponseMutator.ApiKey.ToUpperInvariant(),
        2 => ResponseMutator.ApiKey.ToLowerInvariant(),
        _ => new string(ResponseMutator.ApiKey.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray()),
    };

    private static ScriptedAnswer Echo(ScriptedAnswer answer, ChoiceReader pick)
    {
        var text = Encoding.Latin1.GetString(answer.Body).Replace(ResponseMutator.ApiKey, KeyVariant(pick.Pick(4)), StringComparison.Ordinal);
        if (pick.Chance(10))
        {
            text = text.Replace(ApiBodies.TaskId, ApiBodies.TaskId + "-" + KeyVariant(pick.Pick(4)), StringComparison.Ordinal);
        }
        else if (pick.Chance(8))
        {
            text = text.Replace(ApiBodies.TaskId, OtherTaskId, StringComparison.Ordinal);
        }

        if (pick.Chance(10))
        {
            text = text.Replace("/0.png", "/" + KeyVariant(pick.Pick(4)) + ".png", StringComparison.Ordinal);
        }

        return answer with { Body = Encoding.Latin1.GetBytes(text) };
    }

    private static SocketAnswer Damage(ScriptedAnswer answer, ChoiceReader pick, WireMutation[] mutations) =>
        new(answer, pick.Chance(50) ? WireMutation.None : pick.Pick(mutations), pick.Pick(1000));
}
