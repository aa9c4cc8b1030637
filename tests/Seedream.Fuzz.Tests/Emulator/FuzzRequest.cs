using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Seedream.Fuzz.Tests.Emulator;

/// <summary>One HTTP request sent to the emulator: method, path, headers and body bytes.</summary>
internal sealed record FuzzRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body)
{
    public override string ToString() =>
        $"{Method} {Path}\n{string.Join("\n", Headers.Select(header => header.Key + ": " + header.Value))}\n\n{(Body is null ? "(no body)" : Encoding.UTF8.GetString(Body))}";
}
