using System;
using System.Collections.Concurrent;
using System.Linq;

namespace Seedream.Http;

/// <summary>
/// Remembers the tasks this client created in the last <see cref="GraceWindow"/>, during which the API may
/// not know them yet on every node: a 404 for such a task is classified as one to ask again about
/// (<see cref="Failures.FailureClassifier"/>) instead of ending a wait. Holds at most <see cref="Capacity"/> ids;
/// older ones are forgotten first.
/// </summary>
internal sealed class FreshTasks
{
    /// <summary>How long after its submit a task's 404 counts as "not visible yet".</summary>
    public static readonly TimeSpan GraceWindow = TimeSpan.FromSeconds(30);

    /// <summary>The most ids remembered at once.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, long> _submitted = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public FreshTasks(TimeProvider time)
    {
        _time = time;
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

    /// <summary>How long ago <paramref name="taskId"/> was created, while that is within <see cref="GraceWindow"/>; else <see langword="null"/>.</summary>
    public TimeSpan? Age(string taskId)
    {
        if (!_submitted.TryGetValue(taskId, out var submitted) || !IsFresh(submitted))
        {
            return null;
        }

        return _time.GetElapsedTime(submitted);
    }

    private bool IsFresh(long submitted) => _time.GetElapsedTime(submitted) < GraceWindow;
}
