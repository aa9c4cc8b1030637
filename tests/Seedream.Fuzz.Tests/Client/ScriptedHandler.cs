using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>
/// Answers the client from a <see cref="ClientFuzzCase"/>'s script, API calls and image downloads
/// separately; once a script runs out, it answers as a healthy API would (the task completes), so
/// every operation can end.
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<ScriptedAnswer> _api;
    private readonly Queue<ScriptedAnswer> _downloads;

    public ScriptedHandler(ClientFuzzCase script)
    {
        _api = new Queue<ScriptedAnswer>(script.ApiAnswers);
        _downloads = new Queue<ScriptedAnswer>(script.DownloadAnswers);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var download = request.RequestUri!.Host == ApiBodies.ImageHost;
        var queue = download ? _downloads : _api;
        var answer = queue.Count > 0 ? queue.Dequeue() : HealthyAnswers.For(request.Method.Method, request.RequestUri!.AbsolutePath, download);
        if (answer.Fault == TransportFault.FailBeforeAnswer)
        {
            throw new HttpRequestException("An error occurred while sending the request (scripted).", new IOException("The connection was reset by the peer (scripted)."));
        }

        var response = new HttpResponseMessage((HttpStatusCode)answer.Status)
        {
            RequestMessage = request,
            Content = new StreamContent(answer.Fault == TransportFault.BreakMidBody ? new BreakingStream(answer.Body) : new MemoryStream(answer.Body)),
        };
        foreach (var (name, value) in answer.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return Task.FromResult(response);
    }
}
