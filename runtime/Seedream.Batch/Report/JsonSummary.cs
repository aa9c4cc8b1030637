using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Seedream.Batch.Ledger;

namespace Seedream.Batch.Report;

/// <summary>
/// The batch's summary as JSON: counts per state, and every job with its task, error and files. Text is escaped
/// only as JSON requires (the file is data, never embedded in a page), so prompts in any script stay readable.
/// </summary>
internal static class JsonSummary
{
    public static byte[] Render(IReadOnlyList<BatchJob> jobs, string? inputSha256, DateTimeOffset generatedAt)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generated_at", generatedAt.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("input_sha256", inputSha256);
            json.WriteNumber("jobs_total", jobs.Count);
            json.WriteStartObject("counts");
            foreach (var state in Enum.GetValues<BatchJobState>())
            {
                json.WriteNumber(Name(state), jobs.Count(j => j.State == state));
            }

            json.WriteEndObject();
            json.WriteStartArray("jobs");
            foreach (var job in jobs)
            {
                json.WriteStartObject();
                json.WriteNumber("line", job.LineNumber);
                json.WriteString("name", job.Name);
                json.WriteString("state", Name(job.State));
                json.WriteString("task_id", job.TaskId);
                json.WriteString("error_code", job.ErrorCode);
                json.WriteString("error_message", job.ErrorMessage);
                json.WriteString("updated_at", job.UpdatedAt.ToString("O", CultureInfo.InvariantCulture));
                json.WriteStartArray("files");
                foreach (var file in job.Files)
                {
                    json.WriteStartObject();
                    json.WriteNumber("index", file.Index);
                    json.WriteString("path", file.Path);
                    json.WriteNumber("size", file.Size);
                    json.WriteString("sha256", file.Sha256);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Name(BatchJobState state) => state.ToString().ToLowerInvariant();
}
