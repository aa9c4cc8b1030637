using System.Net.Http;
using Newtonsoft.Json;
using Seedream.Http;

namespace Seedream.Transport;

/// <summary>The NSwag-generated HTTP transport of the task API, reading with <see cref="SeedreamJson"/>'s tolerant settings.</summary>
internal partial class SeedreamTasksClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings) => SeedreamJson.Configure(settings);

    // Bodies arrive already read, bounded, by Http.BoundedAnswerHandler; keeping them as text lets a failed
    // create's answer be searched for a task id and for the API's error envelope.
    partial void Initialize() => ReadResponseAsString = true;

    // Every request built here gets its own send count, so Http.SingleSendHandler can stop a handler outside the
    // client from sending it twice.
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url) => SingleSendHandler.Mark(request);
}
