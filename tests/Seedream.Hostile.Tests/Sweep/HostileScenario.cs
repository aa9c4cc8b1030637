using System;
using System.Collections.Generic;
using Seedream.Hostile.Tests.Infrastructure;

namespace Seedream.Hostile.Tests.Sweep;

/// <summary>
/// One way a server misbehaves, served for every request it gets (API calls and image downloads alike).
/// <see cref="CreatedNothing"/> marks the answers after which a create may be sent again.
/// </summary>
internal sealed record HostileScenario(string Name, Func<HostileServer?, Answer> Answer, bool CreatedNothing = false)
{
    private static readonly string Echoed = Wire.ApiKey.ToUpperInvariant();

    public override string ToString() => Name;

    /// <summary>Every kind of fault issue 13 lists, one example each.</summary>
    public static IReadOnlyList<HostileScenario> All { get; } = new HostileScenario[]
    {
        new("body stalls after headers", _ => Infrastructure.Answer.Stall(200, "{\"task_id\":\"task-1\",\"status\":")),
        new("body trickles", _ => Infrastructure.Answer.Trickle(200, Wire.Task("task-1", "processing", 10), TimeSpan.FromMilliseconds(150))),
        new("20 MB status body", _ => Infrastructure.Answer.Huge(200, "{\"task_id\":\"task-1\",\"status\":\"processing\",\"pad\":\"", 20)),
        new("20 MB error body", _ => Infrastructure.Answer.Huge(500, "{\"error\":{\"message\":\"", 20)),
        new("body cut short", _ => Infrastructure.Answer.Raw("HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: 500\nConnection: close\n\n{\"task_id\":\"task-1\"")),
        new("damaged header line", _ => Infrastructure.Answer.Raw("HTTP/1.1 200 OK\nContent-Type application/json\nContent-Length: 2\n\n{}")),
        new("damaged status line", _ => Infrastructure.Answer.Raw("HTTP/1.1 two hundred\n\n")),
        new("307 to the same host", _ => Infrastructure.Answer.Redirect(307, "/v1/elsewhere")),
        new("302 to another host", _ => Infrastructure.Answer.Redirect(302, "http://127.0.0.1:1/v1/tasks")),
        new("302 to file://", _ => Infrastructure.Answer.Redirect(302, "file:///etc/passwd")),
        new("502 gateway page", _ => Infrastructure.Answer.Full(502, Wire.GatewayPage, "text/html")),
        new("503 gateway page", _ => Infrastructure.Answer.Full(503, Wire.GatewayPage, "text/html")),
        new("503 envelope, Retry-After NaN", _ => Infrastructure.Answer.Json(503, Wire.Error("overloaded", "busy"), ("Retry-After", "NaN")), CreatedNothing: true),
        new("429, Retry-After 1e400", _ => Infrastructure.Answer.Json(429, Wire.Error("rate_limited", "slow"), ("Retry-After", "1e400")), CreatedNothing: true),
        new("500 envelope", _ => Infrastructure.Answer.Json(500, Wire.Error("internal", "boom"))),
        new("200 that is not JSON", _ => Infrastructure.Answer.Full(200, "<html>ok</html>", "text/html")),
        new("200 about another task", server => Infrastructure.Answer.Json(200, Wire.Completed("task-other", server!.Url("files/x.png").ToString()))),
        new("status in capitals", _ => Infrastructure.Answer.Json(200, Wire.Task("task-1", "FAILED", 0, ",\"error\":\"\\u001b[31mred\\u0007\""))),
        new("key echoed in id and message", _ => Infrastructure.Answer.Json(500, Wire.Error("echo", "bad key " + Echoed))),
        new("key echoed as the task id", _ => Infrastructure.Answer.Json(200, Wire.Task("task-" + Echoed, "queued"))),
        new("cookies and an HTML image", _ => Infrastructure.Answer.Full(200, "<html>expired</html>", "image/jpeg", ("Set-Cookie", "s=1; Path=/"))),
        new("odd secondary fields", _ => Infrastructure.Answer.Json(200, "{\"task_id\":\"task-1\",\"status\":\"processing\",\"progress\":\"42%\",\"created_at\":\"yesterday\",\"error\":[1]}")),
    };
}
