using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Client.Benchmarks;

/// <summary>The baseline: what a developer writes by hand with HttpClient and Newtonsoft.Json for one status poll.</summary>
internal sealed class HandWrittenClient
{
    private readonly HttpClient _http;
    private readonly JsonSerializer _serializer = JsonSerializer.Create(SeedreamJson.CreateSettings());
    private readonly AuthenticationHeaderValue _authorization;

    public HandWrittenClient(HttpMessageHandler handler, Uri baseUrl, string apiKey)
    {
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseUrl };
        _authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public async Task<WireTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/tasks/" + Uri.EscapeDataString(taskId));
        request.Headers.Authorization = _authorization;
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new JsonTextReader(new StreamReader(stream));
        return _serializer.Deserialize<WireTask>(reader) ?? throw new InvalidDataException("The answer was empty.");
    }
}
