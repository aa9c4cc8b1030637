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
/// Writes a task as the JSON <c>seedream status --json</c>, <c>generate --json</c> and <c>wait --json</c> print:
/// <c>id</c>, <c>model</c>, <c>status</c>, <c>progress</c> (0–100), <c>createdAt</c>, <c>completedAt</c> (ISO 8601 UTC),
/// <c>error</c> (<c>code</c>, <c>message</c>) and <c>images</c>, each with <c>index</c> (from 0), <c>url</c>,
/// <c>hasBase64Data</c>, <c>expiresAt</c>, <c>pixelSize</c> (as the API reports it, e.g. <c>2848x1600</c>) and <c>error</c>,
/// plus, for an image the command saved, <c>file</c> (full path), <c>mediaType</c> and <c>bytes</c>. Absent values are left
/// out; Base64 image data is never printed. The API key is cleared from every value before it is written, so it is in
/// no escaped form either (<c>\u002B</c> for <c>+</c>, <c>\u003C</c> for <c>&lt;</c>, …), which a JSON reader would turn back into the key.
/// </summary>
internal static class TaskJsonWriter
{
    /// <summary>The task as indented JSON.</summary>
    /// <param name="task">The task.</param>
    /// <param name="redactor">Clears the API key (the connection's: <c>ApiConnection.Redactor</c>).</param>
    /// <param name="saved">The images the command saved, matched to the task's images by index; none for <c>status</c>.</param>
    public static string Write(SeedreamTask task, SecretRedactor redactor, IReadOnlyList<SavedImage>? saved = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            Text(json, "id", redactor, task.Id);
            Text(json, "model", redactor, task.Model);
            Text(json, "status", redactor, task.Status.Value);
            if (task.Progress is int progress)
            {
                json.WriteNumber("progress", progress);
            }

            Time(json, "createdAt", task.CreatedAt);
            Time(json, "completedAt", task.CompletedAt);
            Error(json, redactor, task.Error);
            json.WriteStartArray("images");
            foreach (var image in task.Images)
            {
                json.WriteStartObject();
                json.WriteNumber("index", image.Index);
                Text(json, "url", redactor, image.Url?.OriginalString);
                json.WriteBoolean("hasBase64Data", !string.IsNullOrEmpty(image.Base64Data));
                Time(json, "expiresAt", image.ExpiresAt);
                Text(json, "pixelSize", redactor, image.PixelSize);
                if (saved?.FirstOrDefault(file => file.Index == image.Index) is { } file)
                {
                    Text(json, "file", redactor, file.Path);
                    Text(json, "mediaType", redactor, file.MediaType);
                    json.WriteNumber("bytes", file.Length);
                }

                Error(json, redactor, image.Error);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Error(Utf8JsonWriter json, SecretRedactor redactor, SeedreamTaskError? error)
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
