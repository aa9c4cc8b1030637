using System;
using System.Collections.Generic;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;

namespace Seedream.Hostile.Tests.Sweep;

/// <summary>
/// One way a server misbehaves, served for every request it gets (API calls and image downloads alike).
/// <see cref="Testing.Sockets.Answer.CreatingNothing"/> marks the answers after which a create may be sent again.
/// </summary>
internal sealed record HostileScenario(string Name, Func<HostileServer?, Answer> Answer)
{
    private static readonly string Echoed = Wire.ApiKey.ToUpperInvariant();

    public override string ToString() => Name;

    /// <summary>Every kind of hostile-server fault, one example each.</summary>
    public static IReadOnlyList<HostileScenario> All { get; } = new HostileScenario[]
    {
        new("body stalls after headers", _ => Testing.Sockets.Answer.Stall(200, "{\"task_id\":\"task-1\",\"status\":")),
        new("body trickles", _ => Testing.Sockets.Answer.Trickle(200, Wire.Task("task-1", "processing", 10), TimeSpan.FromMilliseconds(150))),
        new("20 MB status body", _ => Testing.Sockets.Answer.Huge(200, "{\"task_id\":\"task-1\",\"status\":\"processing\",\"pad\":\"", 20)),
        new("20 MB error body", _ => Testing.Sockets.Answer.Huge(500, "{\"error\":{\"message\":\"", 20)),
        new("body cut short", _ => Testing.Sockets.Answer.Raw("HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: 500\nConnection: close\n\n{\"task_id\":\"task-1\"")),
        new("damaged header line", _ => Testing.Sockets.Answer.Raw("HTTP/1.1 200 OK\nContent-Type application/json\nContent-Length: 2\n\n{}")),
        new("damaged status line", _ => Testing.Sockets.Answer.Raw("HTTP/1.1 two hundred\n\n")),
        new("307 to the same host", _ => Testing.Sockets.Answer.Redirect(307, "/v1/elsewhere")),
        new("302 to another host", _ => Testing.Sockets.Answer.Redirect(302, "http://127.0.0.1:1/v1/tasks")),
        new("302 to file://", _ => Testing.Sockets.Answer.Redirect(302, "file:///etc/passwd")),
        new("502 gateway page", _ => Testing.Sockets.Answer.Full(502, Wire.GatewayPage, "text/html")),
        new("503 gateway page", _ => Testing.Sockets.Answer.Full(503, Wire.GatewayPage, "text/html")),
        new("503 envelope, Retry-After NaN", _ => Testing.Sockets.Answer.Json(503, Wire.Error("overloaded", "busy"), ("Retry-After", "NaN")).CreatingNothing()),
        new("429, Retry-After 1e400", _ => Testing.Sockets.Answer.Json(429, Wire.Error("rate_limited", "slow"), ("Retry-After", "1e400")).CreatingNothing()),
        new("500 envelope", _ => Testing.Sockets.Answer.Json(500, Wire.Error("internal", "boom"))),
        new("200 that is not JSON", _ => Testing.Sockets.Answer.Full(200, "<html>ok</html>", "text/html")),
        new("200 about another task", server => Testing.Sockets.Answer.Json(200, Wire.Completed("task-other", server!.Url("files/x.png").ToString()))),
        new("status in capitals", _ => Testing.Sockets.Answer.Json(200, Wire.Task("task-1", "FAILED", 0, ",\"error\":\"\\u001b[31mred\\u0007\""))),
        new("key echoed in id and message", _ => Testing.Sockets.Answer.Json(500, Wire.Error("echo", "bad key " + Echoed))),
        new("key echoed as the task id", _ => Testing.Sockets.Answer.Json(200, Wire.Task("task-" + Echoed, "queued"))),
        new("cookies and an HTML image", _ => Testing.Sockets.Answer.Full(200, "<html>expired</html>", "image/jpeg", ("Set-Cookie", "s=1; Path=/"))),
        new("odd secondary fields", _ => Testing.Sockets.Answer.Json(200, "{\"task_id\":\"task-1\",\"status\":\"processing\",\"progress\":\"42%\",\"created_at\":\"yesterday\",\"error\":[1]}")),
    };
}
