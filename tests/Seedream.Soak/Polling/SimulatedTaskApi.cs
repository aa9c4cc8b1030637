using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Soak.Polling;

/// <summary>
/// The task API in memory, on a given clock: a create answers <c>queued</c> at progress 0; a poll answers
/// <c>processing</c> with the progress of its <see cref="ProgressShape"/> until the task's duration has passed
/// since its create, then <c>completed</c> with one image. Counts the polls of each task and remembers when
/// each was created, finished, and first answered <c>completed</c>.
/// </summary>
internal sealed class SimulatedTaskApi : HttpMessageHandler
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _duration;
    private readonly ProgressShape _shape;
    private readonly ConcurrentDictionary<string, TaskRecord> _tasks = new();
    private int _next;

    public SimulatedTaskApi(TimeProvider clock, TimeSpan duration, ProgressShape shape = ProgressShape.Linear)
    {
        _clock = clock;
        _duration = duration;
        _shape = shape;
    }

    /// <summary>Polls answered for <paramref name="taskId"/>.</summary>
    public int Polls(string taskId) => _tasks[taskId].Polls;

    /// <summary>How long after <paramref name="taskId"/> finished a poll first answered <c>completed</c>; <see langword="null"/> if none did.</summary>
    public TimeSpan? NoticedAfter(string taskId) =>
        _tasks[taskId] is { Noticed: DateTimeOffset noticed } task ? noticed - (task.Created + _duration) : null;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        string body;
        if (request.Method == HttpMethod.Post)
        {
            var id = "task-sim" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
            _tasks[id] = new TaskRecord(now, 0, null);
            body = Task(id, "queued", 0, now);
        }
        else
        {
            var id = request.RequestUri!.Segments[^1];
            var done = false;
            var task = _tasks.AddOrUpdate(
                id,
                _ => throw new InvalidOperationException("unknown task " + id),
                (_, entry) =>
                {
                    done = now - entry.Created >= _duration;
                    return entry with { Polls = entry.Polls + 1, Noticed = entry.Noticed ?? (done ? now : null) };
                });
            body = done
                ? Task(id, "completed", 100, task.Created)
                : Task(id, "processing", _shape.Progress(now - task.Created, _duration), task.Created);
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

    private sealed record TaskRecord(DateTimeOffset Created, int Polls, DateTimeOffset? Noticed);
}
