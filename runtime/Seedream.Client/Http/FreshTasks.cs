using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Logging;

namespace Seedream.Http;

/// <summary>
/// Remembers the tasks this client created in the last <see cref="GraceWindow"/>, during which the API may
/// not know them yet on every node: a 404 for such a task is polled again as a transient error instead of
/// ending the wait. Holds at most <see cref="Capacity"/> ids; older ones are forgotten first.
/// </summary>
internal sealed class FreshTasks
{
    /// <summary>How long after its submit a task's 404 counts as "not visible yet".</summary>
    public static readonly TimeSpan GraceWindow = TimeSpan.FromSeconds(30);

    /// <summary>The most ids remembered at once.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, long> _submitted = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;

    public FreshTasks(TimeProvider time, SecretRedactor redactor)
    {
        _time = time;
        _redactor = redactor;
    }

    /// <summary>Records that <paramref name="taskId"/> was just created.</summary>
    public void Add(string taskId)
    {
        if (_submitted.Count >= Capacity)
        {
            foreach (var entry in _submitted)
            {
                if (!IsFresh(entry.Value))
                {
                    _submitted.TryRemove(entry.Key, out _);
                }
            }
        }

        if (_submitted.Count >= Capacity && _submitted.ToArray() is { Length: > 0 } all)
        {
            // All still fresh: the oldest is forgotten, never the task just created.
            _submitted.TryRemove(all.OrderBy(entry => entry.Value).First().Key, out _);
        }

        _submitted[taskId] = _time.GetTimestamp();
    }

    /// <summary>Runs one status request; a 404 for a task created within the grace window becomes a transient server error.</summary>
    public async Task<T> RideOutNotFoundAsync<T>(string taskId, Func<Task<T>> request)
    {
        try
        {
            return await request().ConfigureAwait(false);
        }
        catch (SeedreamNotFoundException notFound) when (_submitted.TryGetValue(taskId, out var submitted) && IsFresh(submitted))
        {
            var age = _time.GetElapsedTime(submitted).TotalSeconds;
            throw new SeedreamServerException(
                $"Task {_redactor.Redact(taskId)} was created {age:0.#} s ago and is not visible yet (HTTP 404); polling again until {GraceWindow.TotalSeconds:0} s after its submit.",
                404,
                taskId: taskId,
                innerException: notFound);
        }
    }

    private bool IsFresh(long submitted) => _time.GetElapsedTime(submitted) < GraceWindow;
}
