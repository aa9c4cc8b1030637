using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;
using System.Text.Json;
using Seedream.Logging;

namespace Seedream.Cli.Output;

/// <summary>
/// Writes the one JSON document <c>seedream status --json</c>, <c>generate --json</c> and <c>wait --json</c> print, however
/// the command ends: <c>id</c> (when known), the task as last seen — <c>model</c>, <c>status</c>, <c>progress</c> (0–100),
/// <c>createdAt</c>, <c>completedAt</c> (ISO 8601 UTC) — <c>mayHaveCreatedTask</c> (<c>true</c>, only when a create got no
/// usable answer: a task may exist, and be billed; <c>id</c> names it when part of the answer did), <c>error</c>
/// (<see cref="JsonError"/>: <c>kind</c>, <c>code</c>, <c>message</c>; when the command or the task did not succeed) and
/// <c>images</c> (empty when none is known), each with <c>index</c> (from 0), <c>url</c>, <c>hasBase64Data</c>,
/// <c>expiresAt</c>, <c>pixelSize</c> (as the API reports it, e.g. <c>2848x1600</c>) and <c>error</c>, plus, for an image
/// the command saved, <c>file</c> (full path), <c>mediaType</c> and <c>bytes</c>. Absent values are left out; Base64 image
/// data is never printed. The API key is cleared from every value before it is written, so it is in no escaped form either
/// (<c>\u002B</c> for <c>+</c>, <c>\u003C</c> for <c>&lt;</c>, …), which a JSON reader would turn back into the key.
/// </summary>
internal static class TaskJsonWriter
{
    /// <summary>The document as indented JSON.</summary>
    /// <param name="redactor">Clears the API key.</param>
    /// <param name="taskId">The task's id, when known.</param>
    /// <param name="task">The task as last seen, when it was.</param>
    /// <param name="saved">The images the command saved, matched to the task's images by index; none for <c>status</c>.</param>
    /// <param name="error">Why the command did not succeed, when it did not; else a failed task's own error is written.</param>
    /// <param name="mayHaveCreatedTask">Whether a create got no usable answer, so a task may exist.</param>
    public static string Write(SecretRedactor redactor, string? taskId, SeedreamTask? task, IReadOnlyList<SeedreamSavedImage> saved, JsonError? error, bool mayHaveCreatedTask)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            Text(json, "id", redactor, task?.Id ?? taskId);
            if (task is not null)
            {
                Text(json, "model", redactor, task.Model);
                Text(json, "status", redactor, task.Status.Value);
                if (task.Progress is int progress)
                {
                    json.WriteNumber("progress", progress);
                }

                Time(json, "createdAt", task.CreatedAt);
                Time(json, "completedAt", task.CompletedAt);
            }

            if (mayHaveCreatedTask)
            {
                json.WriteBoolean("mayHaveCreatedTask", true);
            }

            Error(json, redactor, error ?? (task?.Error is { } failed ? new JsonError(JsonError.TaskFailed, failed.Code, failed.Message ?? "The API gave no message.") : null));
            json.WriteStartArray("images");
            foreach (var image in task?.Images ?? Array.Empty<SeedreamImage>())
            {
                json.WriteStartObject();
                json.WriteNumber("index", image.Index);
                Text(json, "url", redactor, image.Url?.OriginalString);
                json.WriteBoolean("hasBase64Data", !string.IsNullOrEmpty(image.Base64Data));
                Time(json, "expiresAt", image.ExpiresAt);
                Text(json, "pixelSize", redactor, image.PixelSize);
                if (saved.FirstOrDefault(file => file.Index == image.Index) is { } file)
                {
                    Text(json, "file", redactor, file.Path);
                    Text(json, "mediaType", redactor, file.MediaType);
                    json.WriteNumber("bytes", file.Length);
                }

                ImageError(json, redactor, image.Error);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Error(Utf8JsonWriter json, SecretRedactor redactor, JsonError? error)
    {
        if (error is null)
        {
            return;
        }

        json.WriteStartObject("error");
        Text(json, "kind", redactor, error.Kind);
        Text(json, "code", redactor, error.Code);
        Text(json, "message", redactor, error.Message);
        json.WriteEndObject();
    }

    private static void ImageError(Utf8JsonWriter json, SecretRedactor redactor, SeedreamTaskError? error)
    {
        if (error is null)
        {
            return;
        }

        json.WriteStartObject("error");
        Text(json, "code", redactor, error.Code);
        Text(json, "message", redactor, error.Message);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, SecretRedactor redactor, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, redactor.Redact(value));
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
