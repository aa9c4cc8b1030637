using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Client.Benchmarks;

/// <summary>Answers every request with the same task object, as <c>GET /v1/tasks/{id}</c> does mid-generation; no network.</summary>
internal sealed class InMemoryTaskHandler : HttpMessageHandler
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "{\"task_id\":\"task-wave1775285160b950328499\",\"model\":\"seedream-5.0\",\"action\":\"generate\",\"status\":\"processing\"," +
        "\"progress\":45,\"created_at\":1775285160040,\"start_time\":1775285161000," +
        "\"urls\":{\"get\":\"https://qingbo.dev/v1/tasks/task-wave1775285160b950328499\",\"cancel\":\"https://qingbo.dev/v1/tasks/task-wave1775285160b950328499/cancel\"}}");

    private static readonly MediaTypeHeaderValue Json = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
