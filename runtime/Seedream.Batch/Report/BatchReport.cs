using System;
using System.IO;
using Seedream.Batch.Ledger;

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
    /// <returns>The paths of the HTML contact sheet and the JSON summary.</returns>
    /// <exception cref="FileNotFoundException">The folder has no ledger: no batch was run there.</exception>
    public static (string Html, string Json) Write(string outputDirectory, DateTimeOffset generatedAt)
    {
        var output = Path.GetFullPath(outputDirectory ?? throw new ArgumentNullException(nameof(outputDirectory)));
        var ledgerPath = Path.Combine(output, SqliteBatchLedger.FileName);
        if (!File.Exists(ledgerPath))
        {
            throw new FileNotFoundException($"{output} holds no batch ledger ({SqliteBatchLedger.FileName}); run `seedream batch run <file> --out {outputDirectory}` first.", ledgerPath);
        }

        using var ledger = SqliteBatchLedger.Open(ledgerPath);
        var jobs = ledger.ReadJobs();
        var html = Path.Combine(output, HtmlFileName);
        var json = Path.Combine(output, JsonFileName);
        File.WriteAllText(html, ContactSheet.Render(jobs, generatedAt));
        File.WriteAllBytes(json, JsonSummary.Render(jobs, ledger.InputSha256, generatedAt));
        return (html, json);
    }
}
