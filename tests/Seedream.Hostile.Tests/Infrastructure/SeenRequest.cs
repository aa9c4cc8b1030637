using System;
using System.Collections.Generic;

namespace Seedream.Hostile.Tests.Infrastructure;

/// <summary>A request as the hostile server received it off the socket.</summary>
internal sealed record SeenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public bool IsCreate => Method == "POST" && Path.TrimEnd('/').EndsWith("/v1/tasks", StringComparison.Ordinal);
}
