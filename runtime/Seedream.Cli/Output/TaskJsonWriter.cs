using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Seedream.Cli.Output;

/// <summary>
/// Writes a task as the JSON <c>seedream status --json</c>, <c>generate --json</c> and <c>wait --json</c> print:
/// <c>id</c>, <c>model</c>, <c>status</c>, <c>progress</c> (0–100), <c>createdAt</c>, <c>completedAt</c> (ISO 8601 UTC),
/// <c>error</c> (<c>code</c>, <c>message</c>) and <c>images</c>, each with <c>index</c> (from 0), <c>url</c>,
/// <c>hasBase64Data</c>, <c>expiresAt</c>, <c>pixelSize</c> (as the API reports it, e.g. <c>2848x1600</c>) and <c>error</c>,
/// plus, for an image the command saved, <c>file</c> (full path), <c>mediaType</c> and <c>bytes</c>. Absent values are left
/// out; Base64 image data is never printed, and the API key is never part of a task (the client redacts it from server text).
/// </summary>
internal static class TaskJsonWriter
{
    /// <summary>The task as indented JSON.</summary>
    /// <param name="task">The task.</param>
    /// <param name="saved">The images the command saved, matched to the task's images by index; none for <c>status</c>.</param>
    public static string Write(SeedreamTask task, IReadOnlyList<SavedImage>? saved = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("id", task.Id);
            Text(json, "model", task.Model);
            json.WriteString("status", task.Status.Value);
            if (task.Progress is int progress)
            {
                json.WriteNumber("progress", progress);
            }

            Time(json, "createdAt", task.CreatedAt);
            Time(json, "completedAt", task.CompletedAt);
            Error(json, task.Error);
            json.WriteStartArray("images");
            foreach (var image in task.Images)
            {
                json.WriteStartObject();
                json.WriteNumber("index", image.Index);
                Text(json, "url", image.Url?.OriginalString);
                json.WriteBoolean("hasBase64Data", !string.IsNullOrEmpty(image.Base64Data));
                Time(json, "expiresAt", image.ExpiresAt);
                Text(json, "pixelSize", image.PixelSize);
                if (saved?.FirstOrDefault(file => file.Index == image.Index) is { } file)
                {
                    json.WriteString("file", file.Path);
                    json.WriteString("mediaType", file.MediaType);
                    json.WriteNumber("bytes", file.Length);
                }

                Error(json, image.Error);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Error(Utf8JsonWriter json, SeedreamTaskError? error)
    {
        if (error is null)
        {
            return;
        }

        json.WriteStartObject("error");
        Text(json, "code", error.Code);
        Text(json, "message", error.Message);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Time(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }
    }
}
