using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>One answer the scripted handler gives: status, headers, body bytes, and a transport fault.</summary>
internal sealed record ScriptedAnswer(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, TransportFault Fault)
{
    public override string ToString() =>
        $"{Status} {Fault} [{string.Join("; ", Headers.Select(header => header.Key + ": " + header.Value))}] {Encoding.UTF8.GetString(Body)}";
}
