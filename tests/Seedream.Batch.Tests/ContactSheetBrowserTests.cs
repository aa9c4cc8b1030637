using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PuppeteerSharp;
using Seedream.Batch.Ledger;
using Seedream.Batch.Report;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Batch.Tests;

/// <summary>
/// The contact sheet opened in a real browser: Debian's Chromium (installed by .ci/run), driven by PuppeteerSharp.
/// Prompts, names and error messages that look like markup must show as text, and every thumbnail must decode.
/// </summary>
public sealed class ContactSheetBrowserTests : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string HostilePrompt = "</p><script>console.error('injected')</script><img src=x onerror=\"console.error('onerror')\"> & \"quotes\" 柴犬";

    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public async Task ContactSheet_LoadsWithoutConsoleErrors_ShowsMarkupAsText_AndEveryImageDecodes()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch(
            "jobs.jsonl",
            $"{{\"model\": \"seedream-5.0\", \"prompt\": {System.Text.Json.JsonSerializer.Serialize(HostilePrompt)}, \"name\": \"<b>bold</b> name\"}}",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"a png set\", \"n\": 2, \"extra\": {\"output_format\": \"png\"}}",
            "{\"model\": \"seedream-4.0\", \"prompt\": \"a jpeg\", \"size\": \"16:9\", \"resolution\": \"1K\"}",
            "{\"model\": \"seedream-4.5\", \"prompt\": \"will be recorded as failed\"}");
        var output = _folder.Combine("out");
        var summary = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, output));
        Assert.Equal(4, summary.Jobs.Count(j => j.State == BatchJobState.Saved));
        using (var ledger = SqliteBatchLedger.Open(Path.Combine(output, SqliteBatchLedger.FileName)))
        {
            ledger.Mark(summary.Jobs[3].Id, BatchJobState.Failed, errorCode: "task_failed", errorMessage: "<script>console.error('from the error')</script> failed");
        }

        var (html, _) = BatchReport.Write(output, DateTimeOffset.UtcNow);

        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does.");
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files" },
        });
        await using var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                problems.Add("console: " + e.Message.Text);
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e.Message);
        page.RequestFailed += (_, e) => problems.Add("request failed: " + e.Request.Url);

        await page.GoToAsync(new Uri(html).AbsoluteUri, WaitUntilNavigation.Load);
        var decoded = await page.EvaluateFunctionAsync<bool[]>(
            "async () => { const results = []; for (const img of document.images) { img.scrollIntoView(); " +
            "try { await img.decode(); results.push(img.naturalWidth > 0 && img.naturalHeight > 0); } catch { results.push(false); } } return results; }");
        var scripts = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('script').length");
        var text = await page.EvaluateExpressionAsync<string>("document.body.innerText");

        Assert.Empty(problems);
        Assert.Equal(4, decoded.Length); // 1 + a set of 2 + 1; the fourth job is recorded as failed
        Assert.All(decoded, Assert.True);
        Assert.Equal(0, scripts);
        Assert.Contains(HostilePrompt, text, StringComparison.Ordinal);
        Assert.Contains("<script>console.error('from the error')</script> failed", text, StringComparison.Ordinal);
        Assert.Contains("task_failed", text, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
