using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Seedream.Emulator;

/// <summary>
/// Creates and holds the emulator's tasks and the files of their results. The choices made for a
/// new task (its id, whether it or items of its set fail, its file names) come from a generator
/// seeded with <see cref="EmulatorOptions.Seed"/>. Finished tasks are forgotten <see cref="EmulatorOptions.TaskRetention"/>
/// after they ended (checked as tasks are created, at most once per <see cref="RetentionSweep.Interval"/>), so memory stays bounded.
/// </summary>
internal sealed class TaskStore
{
    private readonly EmulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Lock _randomGate = new();
    private readonly ConcurrentDictionary<string, EmulatedTask> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (EmulatedTask Task, PlannedImage Image)> _files = new(StringComparer.Ordinal);
    private readonly RetentionSweep _sweep = new();

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
    public EmulatedTask Create(ValidatedRequest request)
    {
        var createdAt = _time.GetUtcNow();
        EvictExpired(createdAt);
        var startsAt = createdAt + _options.QueueDuration;
        var finishesAt = startsAt + _options.ProcessingDuration;
        var (width, height) = PixelSizeTable.Scaled(request.Size, request.Resolution, _options.ImageScaleDown);
        var extension = ImageEncoder.Extension(request.OutputFormat);

        string id;
        bool fails;
        var images = new List<PlannedImage>(request.N);
        lock (_randomGate)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"task-emu{createdAt.ToUnixTimeMilliseconds()}{_random.NextInt64(0x1000_0000_0000):x12}");
            fails = _random.NextDouble() < _options.TaskFailureRate;
            for (var index = 0; index < request.N; index++)
            {
                var itemFails = request.N > 1 && _random.NextDouble() < _options.SetItemFailureRate;
                var fileName = string.Create(CultureInfo.InvariantCulture, $"{_random.NextInt64():x16}-{index}.{extension}");
                images.Add(new PlannedImage(index, fileName, itemFails, width, height, request.Prompt, request.OutputFormat));
            }
        }

        var task = new EmulatedTask(id, request, createdAt, startsAt, finishesAt, fails, images, finishesAt + _options.LinkLifetime);
        _tasks[id] = task;
        foreach (var image in images)
        {
            _files[image.FileName] = (task, image);
        }

        return task;
    }

    /// <summary>How many tasks are held.</summary>
    public int Count => _tasks.Count;

    /// <summary>Forgets every task that ended more than <see cref="EmulatorOptions.TaskRetention"/> before <paramref name="now"/>, with its files.</summary>
    /// <param name="now">The emulator's time.</param>
    public void EvictExpired(DateTimeOffset now)
    {
        if (!_sweep.IsDue(now))
        {
            return;
        }

        foreach (var (id, task) in _tasks)
        {
            if (task.EndedAt(now) is DateTimeOffset ended && now - ended > _options.TaskRetention)
            {
                _tasks.TryRemove(id, out _);
                foreach (var image in task.Images)
                {
                    _files.TryRemove(image.FileName, out _);
                }
            }
        }
    }

    /// <summary>The task with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">A task id.</param>
    public EmulatedTask? Find(string id) => _tasks.TryGetValue(id, out var task) ? task : null;

    /// <summary>The result image served as <c>/files/{fileName}</c> and its task, or <see langword="null"/>.</summary>
    /// <param name="fileName">The file name from the link.</param>
    public (EmulatedTask Task, PlannedImage Image)? FindFile(string fileName) =>
        _files.TryGetValue(fileName, out var entry) ? entry : null;
}
