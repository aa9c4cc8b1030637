using System;
using System.Collections.Generic;

namespace Seedream.Testing.Sockets;

/// <summary>A request as the hostile server received it off the socket.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request target, query included.</param>
/// <param name="Headers">The headers, names in lower case; repeated ones joined with commas.</param>
/// <param name="Body">The body as UTF-8 text.</param>
public sealed record SeenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>A header's value, or <see langword="null"/> when it was not sent.</summary>
    /// <param name="name">The header's name, in any letter case.</param>
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>Whether this is a create (<c>POST /v1/tasks</c>, <c>POST /v1/tasks/sync</c>, or the upstream <c>POST …/images/generations</c>).</summary>
    public bool IsCreate => Method == "POST" && (Path.TrimEnd('/').EndsWith("/v1/tasks", StringComparison.Ordinal) || Path.TrimEnd('/').EndsWith("/v1/tasks/sync", StringComparison.Ordinal) || Path.TrimEnd('/').EndsWith("/images/generations", StringComparison.Ordinal));
}
