using System;
using System.Globalization;
using System.IO;
using Seedream.Transport;

namespace Seedream.Cli.Output;

/// <summary>Writes a task's state as aligned <c>name  value</c> lines: id, model, status and progress, times, error, images (numbered from 1); server text is escaped.</summary>
internal static class TaskSummaryWriter
{
    /// <summary>Writes the summary.</summary>
    /// <param name="task">The task as the API answered it.</param>
    /// <param name="writer">Where the lines go.</param>
    public static void Write(SeedreamTask task, TextWriter writer)
    {
        Line(writer, "task", task.Task_id);
        Line(writer, "model", task.Model);
        var progress = task.Progress is int percent ? " " + percent.ToString(CultureInfo.InvariantCulture) + "%" : string.Empty;
        Line(writer, "status", (task.Status ?? "unknown") + progress);
        Line(writer, "created", Time(task.CreatedAt));
        Line(writer, "completed", Time(task.CompletedAt));
        if (task.Error is { } error)
        {
            Line(writer, "error", $"{error.Code ?? "no code"}: {error.Message ?? "no message"}");
        }

        var images = task.Result?.Images;
        for (var i = 0; images is not null && i < images.Count; i++)
        {
            Line(writer, "image " + (i + 1).ToString(CultureInfo.InvariantCulture), Describe(images[i]));
        }
    }

    private static string Describe(TaskImage? image)
    {
        if (image?.Error is { } error)
        {
            return $"failed ({error.Code ?? "no code"}: {error.Message ?? "no message"})";
        }

        var where = image?.Url is { Count: > 0 } urls ? urls[0] : !string.IsNullOrEmpty(image?.B64_json) ? "Base64 data in the task" : "no data";
        var size = image?.Size is { } pixels ? pixels + ", " : string.Empty;
        var expiry = image?.ExpiresAt is { } expires ? "link expires " + Time(expires) : "no expiry given";
        return $"{where} ({size}{expiry})";
    }

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static void Line(TextWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteLine(name.PadRight(10) + TerminalText.Escape(value));
        }
    }
}
