using System.Net.Http;
using Newtonsoft.Json;
using Seedream.Http;

namespace Seedream.Transport.ModelArk;

/// <summary>The NSwag-generated transport of the upstream images API (non-streaming answers), reading and writing with <see cref="ModelArkJson"/>.</summary>
internal partial class ModelArkImagesClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings) => ModelArkJson.Configure(settings);

    // Bodies arrive already read, bounded, by Http.BoundedAnswerHandler; as text, an error answer keeps its envelope.
    partial void Initialize() => ReadResponseAsString = true;

    // A generation has no idempotency key: Http.SingleSendHandler stops any handler from sending this POST twice.
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url) => SingleSendHandler.Mark(request);
}
