using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Seedream.Cli.Output;

/// <summary>
/// Writes a task as the JSON <c>seedream status --json</c> prints: <c>id</c>, <c>model</c>, <c>status</c>, <c>progress</c>,
/// <c>createdAt</c>, <c>completedAt</c> (ISO 8601 UTC), <c>error</c> (<c>code</c>, <c>message</c>) and <c>images</c>, each with
/// <c>index</c>, <c>url</c>, <c>hasBase64Data</c>, <c>expiresAt</c>, <c>pixelSize</c> and <c>error</c>. Absent values are left
/// out; Base64 image data is never printed, and the API key is never part of a task.
/// </summary>
internal static class TaskJsonWriter
{
    /// <summary>The task as indented JSON.</summary>
    /// <param name="task">The task.</param>
    public static string Write(SeedreamTask task)
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
