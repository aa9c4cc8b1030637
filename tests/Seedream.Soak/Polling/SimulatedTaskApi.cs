using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Soak.Polling;

/// <summary>
/// The task API in memory, on a given clock: a create answers <c>queued</c>; a poll answers
/// <c>processing</c> until the task's duration has passed since its create, then <c>completed</c> with
/// one image. Counts the polls of each task and remembers when each was created and finished.
/// </summary>
internal sealed class SimulatedTaskApi : HttpMessageHandler
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _duration;
    private readonly ConcurrentDictionary<string, (DateTimeOffset Created, int Polls)> _tasks = new();
    private int _next;

    public SimulatedTaskApi(TimeProvider clock, TimeSpan duration)
    {
        _clock = clock;
        _duration = duration;
    }

    /// <summary>Polls answered for <paramref name="taskId"/>.</summary>
    public int Polls(string taskId) => _tasks[taskId].Polls;

    /// <summary>When <paramref name="taskId"/> finished on the clock.</summary>
    public DateTimeOffset FinishedAt(string taskId) => _tasks[taskId].Created + _duration;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        string body;
        if (request.Method == HttpMethod.Post)
        {
            var id = "task-sim" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _tasks[id] = (now, 0);
            body = Task(id, "queued", 0, now);
        }
        else
        {
            var id = request.RequestUri!.Segments[^1];
            var (created, _) = _tasks.AddOrUpdate(id, _ => throw new InvalidOperationException("unknown task " + id), (_, entry) => (entry.Created, entry.Polls + 1));
            var elapsed = now - created;
            body = elapsed >= _duration
                ? Task(id, "completed", 100, created)
                : Task(id, "processing", (int)Math.Clamp(100 * elapsed.Ticks / _duration.Ticks, 1, 99), created);
        }

        return System.Threading.Tasks.Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });
    }

    private string Task(string id, string status, int progress, DateTimeOffset created)
    {
        var result = status == "completed"
            ? $",\"completed_at\":{(created + _duration).ToUnixTimeMilliseconds()},\"result\":{{\"images\":[{{\"url\":\"https://cdn.sim.test/{id}.png\"}}]}}"
            : string.Empty;
        return $"{{\"task_id\":\"{id}\",\"model\":\"seedream-5.0\",\"status\":\"{status}\",\"progress\":{progress},\"created_at\":{created.ToUnixTimeMilliseconds()}{result}}}";
    }
}
