using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Soak.Soak;

/// <summary>
/// Sits between the client and the socket handler and records how every create request ended, for the
/// <see cref="SubmitAttempt"/> that sent it. This is the evidence that no ambiguous create was re-sent.
/// </summary>
internal sealed class WireLedger : DelegatingHandler
{
    public WireLedger(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath is "/v1/tasks" or "/v1/tasks/sync" ? SubmitAttempt.Current : null;
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (attempt is not null)
            {
                // Read the whole body here, so a connection dropped mid-answer is seen (and attributed) now.
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (HttpRequestException) when (attempt is not null)
        {
            attempt.Record(WireOutcome.BrokeAfterHandling);
            throw;
        }
        catch (IOException) when (attempt is not null)
        {
            attempt.Record(WireOutcome.BrokeAfterHandling);
            throw;
        }

        if (attempt is not null)
        {
            var status = (int)response.StatusCode;
            attempt.Record(
                response.IsSuccessStatusCode ? WireOutcome.Answered
                : status is 429 or 503 ? WireOutcome.RateLimitedOrUnavailable
                : status == 500 ? WireOutcome.ServerError
                : WireOutcome.Rejected);
        }

        return response;
    }
}
