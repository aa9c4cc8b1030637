using System.Text;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>One answer of a socket fuzz case: a mutated scripted answer, and what happens to it on the socket.</summary>
/// <param name="Scripted">Status, headers and body, as <see cref="ResponseMutator"/> made them (links still on the fuzz image host).</param>
/// <param name="Mutation">The socket- or HTTP-level damage.</param>
/// <param name="Variant">Which variant of <paramref name="Mutation"/> (e.g. which redirect target); any number, taken modulo the variants.</param>
internal sealed record SocketAnswer(ScriptedAnswer Scripted, WireMutation Mutation, int Variant)
{
    /// <summary>The body as text that keeps every byte (Latin-1), for rewriting links and ids.</summary>
    public string BodyText => Encoding.Latin1.GetString(Scripted.Body);

    public override string ToString() => $"{Mutation}#{Variant} {Scripted}";
}
