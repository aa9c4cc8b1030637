using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Seedream.Batch.Ledger;
using Seedream.Logging;

namespace Seedream.Batch.Report;

/// <summary>Writes a batch's report from its ledger: a static HTML contact sheet and a JSON summary, into the output folder.</summary>
public static class BatchReport
{
    /// <summary>The contact sheet's file name.</summary>
    public const string HtmlFileName = "report.html";

    /// <summary>The JSON summary's file name.</summary>
    public const string JsonFileName = "summary.json";

    /// <summary>Writes both files for the batch in <paramref name="outputDirectory"/>.</summary>
    /// <param name="outputDirectory">A batch's output folder (it holds <see cref="SqliteBatchLedger.FileName"/>).</param>
    /// <param name="generatedAt">The time written into the report.</param>
    /// <param name="apiKey">The API key, cleared (in any letter case) from every text before it is written, should a server have put it into a task id or a message; <see langword="null"/> when there is none to clear.</param>
    /// <returns>The paths of the HTML contact sheet and the JSON summary.</returns>
    /// <exception cref="FileNotFoundException">The folder has no ledger: no batch was run there.</exception>
    /// <exception cref="InvalidDataException">The folder's ledger is not readable (see <see cref="SqliteBatchLedger.OpenForReading"/>).</exception>
    public static (string Html, string Json) Write(string outputDirectory, DateTimeOffset generatedAt, string? apiKey = null)
    {
        var output = Path.GetFullPath(outputDirectory ?? throw new ArgumentNullException(nameof(outputDirectory)));
        var ledgerPath = Path.Combine(output, SqliteBatchLedger.FileName);
        if (!File.Exists(ledgerPath))
        {
            throw new FileNotFoundException($"{output} holds no batch ledger ({SqliteBatchLedger.FileName}); run `seedream batch run <file> --out {outputDirectory}` first.", ledgerPath);
        }

        var redactor = new SecretRedactor(apiKey);
        IReadOnlyList<BatchJob> jobs;
        string? inputSha256;
        using (var ledger = SqliteBatchLedger.OpenForReading(ledgerPath))
        {
            jobs = ledger.ReadJobs()
                .Select(job => job with
                {
                    Request = redactor.Redact(job.Request)!,
                    TaskId = redactor.Redact(job.TaskId),
                    ErrorCode = redactor.Redact(job.ErrorCode),
                    ErrorMessage = redactor.Redact(job.ErrorMessage),
                })
                .ToList();
            inputSha256 = ledger.InputSha256;
        }

        var html = Path.Combine(output, HtmlFileName);
        var json = Path.Combine(output, JsonFileName);
        File.WriteAllText(html, ContactSheet.Render(jobs, generatedAt));
        File.WriteAllBytes(json, JsonSummary.Render(jobs, inputSha256, generatedAt));
        return (html, json);
    }
}
