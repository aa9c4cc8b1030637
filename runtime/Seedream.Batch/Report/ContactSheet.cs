using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Seedream.Batch.Input;
using Seedream.Batch.Ledger;

namespace Seedream.Batch.Report;

/// <summary>
/// The contact sheet: one static HTML page, no script, every saved image as a thumbnail with its prompt,
/// parameters, task id and file; then the jobs without images, each with its reason. Every piece of text
/// is HTML-escaped, and every file link is URL-escaped, since prompts and names come from the user.
/// </summary>
internal static class ContactSheet
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}" +
        ".sheet{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:1rem}" +
        "figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:.5rem;background:#fafafa}" +
        "figure img{width:100%;height:180px;object-fit:contain;background:#eee}" +
        "figcaption{font-size:.8rem;word-break:break-word}.prompt{font-weight:600;margin:.3rem 0}" +
        "dl{display:grid;grid-template-columns:auto 1fr;gap:0 .5rem;margin:0}dt{color:#666}dd{margin:0}" +
        "table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}";

    public static string Render(IReadOnlyList<BatchJob> jobs, DateTimeOffset generatedAt)
    {
        var html = new StringBuilder();
        var saved = jobs.Where(j => j.State == BatchJobState.Saved).ToList();
        var images = saved.Sum(j => j.Files.Count);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<title>Seedream batch: ").Append(images.ToString(CultureInfo.InvariantCulture)).Append(" images</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>Seedream batch</h1>\n<p>")
            .Append(Encode(Counts(jobs)))
            .Append(". Generated ").Append(Encode(generatedAt.ToString("u", CultureInfo.InvariantCulture))).Append(".</p>\n");

        html.Append("<section class=\"sheet\">\n");
        foreach (var job in saved)
        {
            var line = Parse(job);
            foreach (var file in job.Files)
            {
                html.Append("<figure>")
                    .Append("<a href=\"").Append(Link(file.Path)).Append("\"><img src=\"").Append(Link(file.Path))
                    .Append("\" alt=\"").Append(Encode(line?.Prompt ?? job.Name)).Append("\" loading=\"lazy\" decoding=\"async\"></a>")
                    .Append("<figcaption><p class=\"prompt\">").Append(Encode(line?.Prompt ?? string.Empty)).Append("</p><dl>");
                Term(html, "model", line?.Model);
                Term(html, "parameters", line is null ? null : Parameters(line));
                Term(html, "task", job.TaskId);
                Term(html, "file", file.Path);
                Term(html, "size", file.Size.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
                Term(html, "note", job.ErrorMessage);
                html.Append("</dl></figcaption></figure>\n");
            }
        }

        html.Append("</section>\n");
        var problems = jobs.Where(j => j.State != BatchJobState.Saved).ToList();
        if (problems.Count > 0)
        {
            html.Append("<h2>Jobs without images</h2>\n<table>\n<thead><tr><th>line</th><th>name</th><th>state</th><th>task</th><th>reason</th></tr></thead>\n<tbody>\n");
            foreach (var job in problems)
            {
                var reason = job.ErrorCode is null ? job.ErrorMessage : job.ErrorCode + ": " + job.ErrorMessage;
                html.Append("<tr><td>").Append(job.LineNumber.ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(Encode(job.Name))
                    .Append("</td><td>").Append(Encode(job.State.ToString().ToLowerInvariant()))
                    .Append("</td><td>").Append(Encode(job.TaskId ?? string.Empty))
                    .Append("</td><td>").Append(Encode(reason ?? string.Empty))
                    .Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static BatchLine? Parse(BatchJob job) => BatchFileReader.TryParse(job.LineNumber, job.Request, out var line) is null ? line : null;

    private static string Parameters(BatchLine line)
    {
        var parts = new List<string>();
        Add(parts, "size", line.Size);
        Add(parts, "resolution", line.Resolution);
        Add(parts, "n", line.ImageCount?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "watermark", line.Watermark?.ToString().ToLowerInvariant());
        Add(parts, "image_urls", line.ImageUrls.Count == 0 ? null : line.ImageUrls.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var extra in line.Extras)
        {
            Add(parts, "extra." + extra.Path, extra.Value is IReadOnlyList<string> tools ? string.Join("+", tools) : Convert.ToString(extra.Value, CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "defaults" : string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add(name + "=" + value);
        }
    }

    private static void Term(StringBuilder html, string term, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            html.Append("<dt>").Append(Encode(term)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");
        }
    }

    private static string Counts(IReadOnlyList<BatchJob> jobs) =>
        jobs.Count.ToString(CultureInfo.InvariantCulture) + " jobs: " +
        string.Join(", ", jobs.GroupBy(j => j.State).OrderBy(g => g.Key).Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + g.Key.ToString().ToLowerInvariant()));

    private static string Link(string relativePath) =>
        Encode(string.Join("/", relativePath.Split('/').Select(Uri.EscapeDataString)));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
