using System;
using Microsoft.Extensions.Caching.Memory;

namespace Seedream.Emulator;

/// <summary>
/// The encoded result images, rendered on first use and kept within <see cref="BudgetBytes"/>: past the budget the least
/// recently used are dropped and painted again when asked for (the same bytes), so serving files and <c>b64_json</c>
/// answers keeps memory bounded however many tasks are held.
/// </summary>
internal sealed class RenderedImages : IDisposable
{
    /// <summary>The most encoded image bytes kept at once: 32 MiB.</summary>
    public const long BudgetBytes = 32L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = BudgetBytes });

    /// <summary>The encoded bytes of <paramref name="image"/>.</summary>
    /// <param name="image">A planned image.</param>
    public byte[] Get(PlannedImage image) => _cache.GetOrCreate(image.FileName, entry =>
    {
        var bytes = image.Render();
        entry.Size = bytes.Length;
        return bytes;
    })!;

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
