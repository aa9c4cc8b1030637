using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Testing.Time;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>One scripted answer of <see cref="ScriptedHandler"/>.</summary>
internal sealed class Reply
{
    private readonly Func<HttpRequestMessage, WatchedClock, CancellationToken, Task<HttpResponseMessage>> _answer;

    private Reply(Func<HttpRequestMessage, WatchedClock, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _answer = answer;
    }

    public static Reply Json(int status, string json, params (string Name, string Value)[] headers) =>
        new Reply((request, _, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
                RequestMessage = request,
            };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        });

    public static Reply Error(int status, string code, string message, params (string Name, string Value)[] headers) =>
        Json(status, $"{{\"error\":{{\"message\":{Newtonsoft.Json.JsonConvert.ToString(message)},\"code\":\"{code}\"}}}}", headers);

    public static Reply Bytes(byte[] data, string? contentType, int status = 200, bool declareLength = true) =>
        new Reply((request, _, _) =>
        {
            HttpContent content = declareLength ? new ByteArrayContent(data) : new StreamContent(new UnknownLengthStream(data));
            if (contentType is not null)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            return Task.FromResult(new HttpResponseMessage((HttpStatusCode)status) { Content = content, RequestMessage = request });
        });

    /// <summary>Sends <paramref name="prefix"/>, then the connection breaks.</summary>
    public static Reply BreaksMidBody(byte[] prefix, string contentType) =>
        new Reply((request, _, _) =>
        {
            var content = new StreamContent(new BreakingStream(prefix));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        });

    public static Reply Throw(Exception exception) => new Reply((_, _, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Never answers; ends only when the request is cancelled (a time limit or the caller), and the clock counts it as a wait until then.</summary>
    public static Reply Hang() =>
        new Reply((_, clock, cancellationToken) =>
        {
            var never = new TaskCompletionSource<HttpResponseMessage>();
            clock.HoldUntilCancelled(cancellationToken);
            cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
            return never.Task;
        });

    public Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, WatchedClock clock, CancellationToken cancellationToken) => _answer(request, clock, cancellationToken);
}
