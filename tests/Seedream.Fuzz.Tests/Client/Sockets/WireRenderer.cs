using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;
using Seedream.Testing.Sockets;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// Turns a <see cref="SocketAnswer"/> into what the hostile server writes: its links moved onto the server (and
/// their expiry, set for the fake clock of the in-memory fuzz, a day past the real now), framed as HTTP/1.1, then damaged as its <see cref="WireMutation"/> says. An answer is marked as having
/// created nothing only when the status line and headers arrive intact with a 429, or whole with a 503
/// carrying the API's error envelope.
/// </summary>
internal static class WireRenderer
{
    /// <summary>Where image links point on the server.</summary>
    public const string FilesPath = "files/";

    private static readonly TimeSpan TrickleInterval = TimeSpan.FromMilliseconds(200);

    private static readonly string[] OddRetryAfters = { "NaN", "1e400", "-5", "99999999999999999999", "0x10", "Infinity", " ", "1, 2" };

    private static readonly int[] RedirectStatuses = { 301, 302, 307, 308 };

    private static readonly string GatewayPage = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    public static Answer Render(SocketAnswer answer, Uri server, SeenRequest request)
    {
        var expiresAt = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = Encoding.Latin1.GetBytes(answer.BodyText
            .Replace("https://" + ApiBodies.ImageHost + "/", server + FilesPath, StringComparison.Ordinal)
            .Replace(ApiBodies.ExpiresAt.ToString(CultureInfo.InvariantCulture), expiresAt, StringComparison.Ordinal));
        var headers = answer.Scripted.Headers.Select(header => (header.Key, header.Value)).ToList();
        var status = answer.Scripted.Status;
        var variant = answer.Variant;
        var half = body.Length / 2;
        switch (answer.Mutation)
        {
            case WireMutation.None when answer.Scripted.Fault == TransportFault.FailBeforeAnswer:
                return Answer.Wire(Array.Empty<byte>(), Array.Empty<byte>(), Delivery.Reset);
            case WireMutation.None when answer.Scripted.Fault == TransportFault.BreakMidBody:
                return Answer.Wire(Head(status, headers, body.Length), body[..half], Delivery.Reset);
            case WireMutation.None:
                return Whole(status, headers, body, intact: true);
            case WireMutation.StallAfterHeaders:
                return Marked(Answer.Wire(Head(status, headers, body.Length), Array.Empty<byte>(), Delivery.Stall), status, body, intact: false);
            case WireMutation.StallMidBody:
                return Marked(Answer.Wire(Head(status, headers, body.Length), body[..half], Delivery.Stall), status, body, intact: false);
            case WireMutation.Trickle:
                return Marked(Answer.Wire(Head(status, headers, body.Length), body, Delivery.Trickle, TrickleInterval), status, body, intact: false);
            case WireMutation.CloseEarly:
                return Marked(Answer.Wire(Head(status, headers, body.Length), body[..half], Delivery.Close), status, body, intact: false);
            case WireMutation.LengthShort:
                return Marked(Answer.Wire(Head(status, headers, half), body, Delivery.Close), status, body, intact: false);
            case WireMutation.LengthLong:
                return Marked(Answer.Wire(Head(status, headers, body.Length + 100), body, Delivery.Close), status, body, intact: false);
            case WireMutation.Chunked:
                return Marked(Answer.Wire(Answer.Head(status, headers.Append(("Transfer-Encoding", "chunked"))), Chunks(body, 0), Delivery.Close), status, body, intact: true);
            case WireMutation.ChunkedDamaged:
                return Marked(Answer.Wire(Answer.Head(status, headers.Append(("Transfer-Encoding", "chunked"))), Chunks(body, 1 + (variant % 3)), variant % 2 == 0 ? Delivery.Close : Delivery.Stall), status, body, intact: false);
            case WireMutation.DuplicateContentType:
                return Whole(status, headers.Prepend(("Content-Type", variant % 2 == 0 ? "text/html" : "application/json")).Append(("Content-Type", "image/png")).ToList(), body, intact: true);
            case WireMutation.GarbledHeader:
                return Marked(Answer.Wire(Garbled(Head(status, headers, body.Length), variant), body, Delivery.Close), status, body, intact: false);
            case WireMutation.OddRetryAfter:
                var retried = new[] { 429, 503, status }[variant % 3];
                return Whole(retried, headers.Append(("Retry-After", OddRetryAfters[variant % OddRetryAfters.Length])).ToList(), body, intact: true);
            case WireMutation.Redirect:
                var location = RedirectTarget(variant / RedirectStatuses.Length, server, request);
                return Answer.Bytes(RedirectStatuses[variant % RedirectStatuses.Length], body, "text/plain", ("Location", location));
            case WireMutation.Huge:
                return Huge(status, body, variant);
            case WireMutation.GatewayPage:
                return Answer.Full(new[] { 502, 503, 504 }[variant % 3], GatewayPage, "text/html");
            case WireMutation.ErrorEnvelope:
                return Envelope(variant);
            case WireMutation.KeyInHeaders:
                var key = SocketMutator.KeyVariant(variant);
                return Whole(status, headers.Concat(new[] { ("Set-Cookie", "session=" + key + "; Path=/"), ("X-Echo-Authorization", "Bearer " + key), ("WWW-Authenticate", $"Bearer error=\"invalid_token\", key=\"{key}\"") }).ToList(), body, intact: true);
            default:
                return Impostor(variant);
        }
    }

    /// <summary>Whether <paramref name="body"/> is the API's error envelope (<c>{"error": {…}}</c>).</summary>
    public static bool IsErrorEnvelope(byte[] body)
    {
        try
        {
            return JToken.Parse(Encoding.UTF8.GetString(body)) is JObject { } json && json["error"] is JObject;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return false;
        }
    }

    private static Answer Whole(int status, IReadOnlyList<(string, string)> headers, byte[] body, bool intact) =>
        Marked(Answer.Wire(Head(status, headers, body.Length), body, Delivery.Close), status, body, intact);

    private static Answer Marked(Answer answer, int status, byte[] body, bool intact) =>
        status == 429 || (status == 503 && intact && IsErrorEnvelope(body)) ? answer.CreatingNothing() : answer;

    private static byte[] Head(int status, IEnumerable<(string, string)> headers, long contentLength) =>
        Answer.Head(status, headers.Append(("Content-Length", contentLength.ToString(CultureInfo.InvariantCulture))).Append(("Connection", "close")));

    /// <summary>The body as two chunks and the final one; <paramref name="damage"/> 1 gives a size that is no number, 2 a size larger than the data, 3 no final chunk.</summary>
    private static byte[] Chunks(byte[] body, int damage)
    {
        var half = body.Length / 2;
        var text = new StringBuilder();
        foreach (var part in new[] { body[..half], body[half..] }.Where(part => part.Length > 0))
        {
            var size = damage switch { 1 => "zz", 2 => (part.Length + 40).ToString("x", CultureInfo.InvariantCulture), _ => part.Length.ToString("x", CultureInfo.InvariantCulture) };
            text.Append(size).Append("\r\n").Append(Encoding.Latin1.GetString(part)).Append("\r\n");
        }

        return Encoding.Latin1.GetBytes(damage == 3 ? text.ToString() : text.Append("0\r\n\r\n").ToString());
    }

    private static byte[] Garbled(byte[] head, int variant)
    {
        var line = (variant % 4) switch
        {
            0 => "Content-Type application/json",
            1 => "X-Broken: a\u0001b\u007f",
            2 => ": no-name",
            _ => "X-Folded: one\r\n\ttwo",
        };
        var text = Encoding.Latin1.GetString(head);
        return Encoding.Latin1.GetBytes(text[..^2] + line + "\r\n\r\n");
    }

    private static string RedirectTarget(int variant, Uri server, SeenRequest request) => (variant % 8) switch
    {
        0 => "/" + FilesPath + "moved.png",
        1 => server + "v1/tasks/" + ApiBodies.TaskId,
        2 => "http://127.0.0.1:1/x.png",
        3 => "file:///etc/passwd",
        4 => "ftp://127.0.0.1/x.png",
        5 => request.Path,
        6 => "/" + FilesPath + "x.png?key=" + SocketMutator.KeyVariant(variant),
        _ => "http://[::1:bad",
    };

    private static Answer Huge(int status, byte[] body, int variant) => (variant % 3) switch
    {
        0 => Answer.Huge(status, Encoding.Latin1.GetString(body[..Math.Min(body.Length, 40)]), 2),
        1 => Answer.Wire(Answer.Head(status, new[] { ("Content-Type", "application/json"), ("Content-Length", "50000000") }), body, Delivery.Stall),
        _ => Answer.Wire(Answer.Head(status, new[] { ("Content-Type", "application/json"), ("Content-Length", "99999999999999999999") }), body, Delivery.Close),
    };

    private static Answer Envelope(int variant)
    {
        var key = SocketMutator.KeyVariant(variant / 5);
        return (variant % 5) switch
        {
            0 => Answer.Json(429, ApiBodies.Error("rate_limited", "Slow down.").ToString()).CreatingNothing(),
            1 => Answer.Json(503, ApiBodies.Error("overloaded", "Busy.").ToString()).CreatingNothing(),
            2 => Answer.Json(500, ApiBodies.Error("server_error", "Boom for " + key).ToString()),
            3 => Answer.Json(401, ApiBodies.Error("invalid_api_key", "Invalid API key " + key).ToString()),
            _ => Answer.Json(200, ApiBodies.Error("invalid_request", "Bad request from " + key).ToString()),
        };
    }

    private static Answer Impostor(int variant) => (variant % 3) switch
    {
        0 => Answer.Full(200, "<html><body>This link has expired.</body></html>", "image/jpeg"),
        1 => Answer.Full(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code></Error>", "image/jpeg"),
        _ => Answer.Bytes(200, new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4B, 0x4C, 0x4A, 0x06, 0x00, 0xC2, 0x41, 0x24, 0x35, 0x03, 0x00, 0x00, 0x00 }, "image/jpeg"),
    };
}
