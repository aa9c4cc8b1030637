using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Contract.Tests;

/// <summary>Answers every request with one status and JSON body (and a Retry-After when given), remembering the last request.</summary>
internal sealed class StubHandler(HttpStatusCode status, string body, int? retryAfterSeconds = null) : HttpMessageHandler
{
    public Uri? LastRequestUri { get; private set; }

    public string? LastRequestBody { get; private set; }

    public System.Net.Http.Headers.HttpRequestHeaders? LastRequestHeaders { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequestUri = request.RequestUri;
        LastRequestHeaders = request.Headers;
        LastRequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (retryAfterSeconds is int seconds)
        {
            response.Headers.Add("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return response;
    }
}
