using System;
using System.Globalization;
using System.Linq;
using Seedream.Emulator;

namespace Seedream.Cli.Connection;

/// <summary>How the emulator runs inside a CLI command: quick tasks and quick polling, so a demo takes a couple of seconds.</summary>
internal static class EmbeddedEmulator
{
    /// <summary>The emulator's images are the real pixel size divided by this.</summary>
    private const int ScaleDown = 4;

    /// <summary>The size and resolution the API uses when a request names none (and a model lists them).</summary>
    private const string PreferredSize = "1:1";

    private const string PreferredResolution = "2K";

    /// <summary>
    /// <c>SEEDREAM_BUILTIN_PROCESSING</c>: how long a task of the built-in emulator is processing, 1.5 s by default. Set
    /// longer (<c>10m</c>) to watch the progress or try Ctrl+C mid-task; tests set it so that a task is still processing
    /// whenever they act, however slow the machine. Only the built-in emulator reads it.
    /// </summary>
    public static readonly DurationVariable Processing = new("SEEDREAM_BUILTIN_PROCESSING", TimeSpan.FromMilliseconds(1500));

    /// <summary>The emulator's options: a free loopback port, half a second queued, <see cref="Processing"/> processing, quarter-size images.</summary>
    public static EmulatorOptions Options() => new()
    {
        QueueDuration = TimeSpan.FromMilliseconds(500),
        ProcessingDuration = Processing.Value,
        ImageScaleDown = ScaleDown,
    };

    /// <summary>Fits <paramref name="polling"/> to those durations (the provider's 2–5 s advice is for the real API).</summary>
    /// <param name="polling">A client's polling options, set in place.</param>
    public static void Poll(SeedreamPollingOptions polling)
    {
        polling.InitialDelay = TimeSpan.FromMilliseconds(250);
        polling.MaxDelay = TimeSpan.FromMilliseconds(500);
    }

    /// <summary>
    /// One line (under 80 columns) saying the emulator's images are scaled placeholders and at what pixel
    /// size the real API answers, from the emulator's size table, e.g.
    /// <c>Emulator images are placeholders at 1/4 size: 712x400 (real API: 2848x1600).</c>
    /// </summary>
    /// <param name="table">The request's model.</param>
    /// <param name="size">The requested aspect ratio, or <see langword="null"/> for the API's default.</param>
    /// <param name="resolution">The requested resolution, or <see langword="null"/> for the API's default.</param>
    public static string PlaceholderNotice(SeedreamModelTable table, string? size, string? resolution)
    {
        var ratio = size is null ? Preferred(table.Sizes.ToArray(), PreferredSize) : KnownModels.Canonical(table.Sizes, size);
        var thousands = resolution is null ? Preferred(table.Resolutions.ToArray(), PreferredResolution) : KnownModels.Canonical(table.Resolutions, resolution);
        try
        {
            var (width, height) = PixelSizeTable.Lookup(ratio, thousands);
            var (scaledWidth, scaledHeight) = PixelSizeTable.Scaled(ratio, thousands, ScaleDown);
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Emulator images are placeholders at 1/{ScaleDown} size: {scaledWidth}x{scaledHeight} (real API: {width}x{height}).");
        }
        catch (ArgumentException)
        {
            return $"Emulator images are placeholders at 1/{ScaleDown.ToString(CultureInfo.InvariantCulture)} of the real API's pixel size.";
        }
    }

    private static string Preferred(string[] listed, string preferred) =>
        listed.Length == 0 || Array.IndexOf(listed, preferred) >= 0 ? preferred : listed[0];
}
