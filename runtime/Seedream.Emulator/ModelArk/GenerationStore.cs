using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace Seedream.Emulator;

/// <summary>
/// Holds the files of the upstream requests answered, for <c>/files/</c>. Memory stays bounded as for tasks: a request's
/// files are forgotten (404) <see cref="EmulatorOptions.TaskRetention"/> after it finished, and the files of at most
/// <see cref="EmulatorOptions.MaxRetainedTasks"/> requests are held, the oldest giving way to new ones.
/// </summary>
internal sealed class GenerationStore
{
    private readonly EmulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Queue<Generation> _oldestFirst = new();
    private readonly ConcurrentDictionary<string, (Generation Generation, PlannedImage Image)> _files = new(StringComparer.Ordinal);

    /// <summary>Creates an empty store.</summary>
    /// <param name="options">The emulator's options.</param>
    /// <param name="time">The clock retention is measured by.</param>
    public GenerationStore(EmulatorOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>Holds the files of <paramref name="generation"/>, forgetting the oldest held past retention or beyond the cap.</summary>
    /// <param name="generation">An accepted request.</param>
    public void Add(Generation generation)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            while (_oldestFirst.TryPeek(out var oldest) && (IsExpired(oldest, now) || _oldestFirst.Count >= _options.MaxRetainedTasks))
            {
                foreach (var item in _oldestFirst.Dequeue().Items)
                {
                    if (item.Image is { } image)
                    {
                        _files.TryRemove(image.FileName, out _);
                    }
                }
            }

            _oldestFirst.Enqueue(generation);
            foreach (var item in generation.Items)
            {
                if (item.Image is { } image)
                {
                    _files[image.FileName] = (generation, image);
                }
            }
        }
    }

    /// <summary>The image served as <c>/files/{fileName}</c> and when its link expires, or <see langword="null"/> when no held request made it.</summary>
    /// <param name="fileName">The file name from the link.</param>
    public (PlannedImage Image, DateTimeOffset LinksExpireAt)? FindFile(string fileName) =>
        _files.TryGetValue(fileName, out var entry) && !IsExpired(entry.Generation, _time.GetUtcNow())
            ? (entry.Image, entry.Generation.LinksExpireAt)
            : null;

    private bool IsExpired(Generation generation, DateTimeOffset now) => now - generation.FinishedAt > _options.TaskRetention;
}
