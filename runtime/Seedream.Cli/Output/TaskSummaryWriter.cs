using System;
using System.Globalization;
using System.IO;

namespace Seedream.Cli.Output;

/// <summary>Writes a task's state as aligned <c>name  value</c> lines: id, model, status and progress, times, error, images.</summary>
internal static class TaskSummaryWriter
{
    /// <summary>Writes the summary.</summary>
    /// <param name="task">The task as the API answered it.</param>
    /// <param name="writer">Where the lines go.</param>
    public static void Write(SeedreamTask task, TextWriter writer)
    {
        Line(writer, "task", task.Id);
        Line(writer, "model", task.Model);
        var progress = task.Progress is int percent ? " " + percent.ToString(CultureInfo.InvariantCulture) + "%" : string.Empty;
        Line(writer, "status", (task.Status.Value.Length == 0 ? "unknown" : task.Status.Value) + progress);
        Line(writer, "created", Time(task.CreatedAt));
        Line(writer, "completed", Time(task.CompletedAt));
        if (task.Error is { } error)
        {
            Line(writer, "error", $"{error.Code ?? "no code"}: {error.Message ?? "no message"}");
        }

        foreach (var image in task.Images)
        {
            Line(writer, "image " + image.Index.ToString(CultureInfo.InvariantCulture), Describe(image));
        }
    }

    private static string Describe(SeedreamImage image)
    {
        if (image.Error is { } error)
        {
            return $"failed ({error.Code ?? "no code"}: {error.Message ?? "no message"})";
        }

        var where = image.Url is { } url ? url.OriginalString : !string.IsNullOrEmpty(image.Base64Data) ? "Base64 data in the task" : "no data";
        var size = image.PixelSize is { } pixels ? pixels + ", " : string.Empty;
        var expiry = image.ExpiresAt is { } expires ? "link expires " + Time(expires) : "no expiry given";
        return $"{where} ({size}{expiry})";
    }

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static void Line(TextWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteLine(name.PadRight(10) + value);
        }
    }
}
