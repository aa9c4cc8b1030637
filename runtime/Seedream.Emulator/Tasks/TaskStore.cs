using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Seedream.Emulator;

/// <summary>
/// Creates and holds the emulator's tasks and the files of their results. The choices made for a new task (its id,
/// whether it or items of its set fail, its file names) come from a generator seeded with <see cref="EmulatorOptions.Seed"/>.
/// Memory stays bounded: a task is forgotten (404, its files too) <see cref="EmulatorOptions.TaskRetention"/> after it
/// ended, and at most <see cref="EmulatorOptions.MaxRetainedTasks"/> are held, the ones that ended first giving way to new
/// ones. Tasks are held in the order they were created, which is the order they end in (every task takes the same
/// time; a cancelled one ends earlier and waits behind the older ones), so forgetting reads only the oldest.
/// </summary>
internal sealed class TaskStore
{
    private readonly EmulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly Queue<EmulatedTask> _oldestFirst = new();
    private readonly ConcurrentDictionary<string, EmulatedTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (EmulatedTask Task, PlannedImage Image)> _files = new(StringComparer.Ordinal);

    /// <summary>Creates an empty store.</summary>
    /// <param name="options">The emulator's options.</param>
    /// <param name="time">The clock tasks are timed by.</param>
    public TaskStore(EmulatorOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _random = new Random(options.Seed);
    }

    /// <summary>Creates, stores and returns a task for <paramref name="request"/>, created now.</summary>
    /// <param name="request">The validated request.</param>
    /// <exception cref="TaskStoreFullException">The store holds <see cref="EmulatorOptions.MaxRetainedTasks"/> tasks and the oldest is still running.</exception>
    public EmulatedTask Create(ValidatedRequest request)
    {
        var (width, height) = PixelSizeTable.Scaled(request.Size, request.Resolution, _options.ImageScaleDown);
        var extension = ImageEncoder.Extension(request.OutputFormat);
        lock (_gate)
        {
            var createdAt = _time.GetUtcNow();
            MakeRoom(createdAt);
            var startsAt = createdAt + _options.QueueDuration;
            var finishesAt = startsAt + _options.ProcessingDuration;
            var id = string.Create(CultureInfo.InvariantCulture, $"task-emu{createdAt.ToUnixTimeMilliseconds()}{_random.NextInt64(0x1000_0000_0000):x12}");
            var fails = _random.NextDouble() < _options.TaskFailureRate;
            var images = new List<PlannedImage>(request.N);
            for (var index = 0; index < request.N; index++)
            {
                var itemFails = request.N > 1 && _random.NextDouble() < _options.SetItemFailureRate;
                var fileName = string.Create(CultureInfo.InvariantCulture, $"{_random.NextInt64():x16}-{index}.{extension}");
                images.Add(new PlannedImage(index, fileName, itemFails, width, height, request.PromptDigest, request.OutputFormat));
            }

            var task = new EmulatedTask(id, request, createdAt, startsAt, finishesAt, fails, images, finishesAt + _options.LinkLifetime);
            _oldestFirst.Enqueue(task);
            _tasks[id] = task;
            foreach (var image in images)
            {
                _files[image.FileName] = (task, image);
            }

            return task;
        }
    }

    /// <summary>The task with <paramref name="id"/>, or <see langword="null"/> when there is none or it is past its retention.</summary>
    /// <param name="id">A task id.</param>
    public EmulatedTask? Find(string id) =>
        _tasks.TryGetValue(id, out var task) && !IsExpired(task, _time.GetUtcNow()) ? task : null;

    /// <summary>The result image served as <c>/files/{fileName}</c> and its task, or <see langword="null"/>.</summary>
    /// <param name="fileName">The file name from the link.</param>
    public (EmulatedTask Task, PlannedImage Image)? FindFile(string fileName) =>
        _files.TryGetValue(fileName, out var entry) && !IsExpired(entry.Task, _time.GetUtcNow()) ? entry : null;

    /// <summary>The tasks held and not past their retention, oldest first.</summary>
    public IReadOnlyList<EmulatedTask> Held()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var held = new List<EmulatedTask>(_oldestFirst.Count);
            foreach (var task in _oldestFirst)
            {
                if (!IsExpired(task, now))
                {
                    held.Add(task);
                }
            }

            return held;
        }
    }

    /// <summary>
    /// Forgets the oldest tasks while they are past their retention, then while the store is full and they have ended;
    /// throws when it is still full.
    /// </summary>
    private void MakeRoom(DateTimeOffset now)
    {
        while (_oldestFirst.TryPeek(out var oldest) && oldest.EndedAt(now) is not null
               && (IsExpired(oldest, now) || _oldestFirst.Count >= _options.MaxRetainedTasks))
        {
            Forget(_oldestFirst.Dequeue());
        }

        if (_oldestFirst.Count >= _options.MaxRetainedTasks)
        {
            var running = _oldestFirst.Peek();
            throw new TaskStoreFullException(_oldestFirst.Count, running.FinishesAt - now);
        }
    }

    private void Forget(EmulatedTask task)
    {
        _tasks.TryRemove(task.Id, out _);
        foreach (var image in task.Images)
        {
            _files.TryRemove(image.FileName, out _);
        }
    }

    private bool IsExpired(EmulatedTask task, DateTimeOffset now) =>
        task.EndedAt(now) is DateTimeOffset ended && now - ended > _options.TaskRetention;
}
