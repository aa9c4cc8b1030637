using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Seedream.Testing;
using Seedream.Transport;
using Xunit;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>Answers from the client fuzz run (seed 20261124) kept as fixed cases: each is refused or handled without losing or leaking anything.</summary>
public sealed class ClientResponseFuzzCaseTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedream-client-fuzz-case-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Submit_AnsweredWithABlankTaskId_ThrowsSeedreamServerException()
    {
        // Fuzz seed 20261124, case 9713: a task id of one space is no task the client could follow.
        var task = ApiBodies.Task("queued", 0);
        task["task_id"] = " ";
        using var logs = new LogCapture();
        using var client = Client(new[] { Json(task) }, Array.Empty<ScriptedAnswer>(), logs);

        await Assert.ThrowsAsync<SeedreamServerException>(() => client.SubmitAsync(Request()));
    }

    [Theory]
    [InlineData(false)] // Fuzz seed 20261124, case 3037: a 200 image/png download with no body is no image.
    [InlineData(true)] // Fuzz seed 20261124, case 1910: "b64_json": " " decodes to no bytes.
    public async Task SaveImages_WhenTheImageIsEmpty_ThrowsAndSavesNothing(bool base64)
    {
        var task = ApiBodies.Task("completed", 100, images: 1, base64: base64);
        if (base64)
        {
            task["result"]!["images"]![0]!["b64_json"] = " ";
        }

        var emptyPng = new ScriptedAnswer(200, new[] { new KeyValuePair<string, string>("Content-Type", "image/png") }, Array.Empty<byte>(), TransportFault.None);
        using var logs = new LogCapture();
        using var client = Client(new[] { Json(task) }, new[] { emptyPng, emptyPng, emptyPng }, logs);
        var result = await client.GetOperation(ApiBodies.TaskId).WaitForCompletionAsync();

        await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => result.SaveImagesAsync(_directory));
        Assert.Empty(Directory.Exists(_directory) ? Directory.GetFiles(_directory) : Array.Empty<string>());
    }

    [Fact]
    public async Task Wait_ForAFailedTaskWhoseErrorQuotesTheKey_ThrowsAndLogsWithoutTheKey()
    {
        // Fuzz seed 20261124, case 28815: the failed task's error message, which SeedreamTaskFailedException.Message quotes, holds the key.
        var task = ApiBodies.Task("failed", 0);
        task["error"]!["message"] = "Invalid API key " + ResponseMutator.ApiKey;
        using var logs = new LogCapture();
        using var client = Client(new[] { Json(task) }, Array.Empty<ScriptedAnswer>(), logs);

        var failure = await Assert.ThrowsAsync<SeedreamTaskFailedException>(() => client.GetOperation(ApiBodies.TaskId).WaitForCompletionAsync());

        Assert.DoesNotContain(ResponseMutator.ApiKey, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(ResponseMutator.ApiKey, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static SeedreamClient Client(IReadOnlyList<ScriptedAnswer> api, IReadOnlyList<ScriptedAnswer> downloads, LogCapture logs)
    {
        var options = new SeedreamClientOptions { ApiKey = ResponseMutator.ApiKey, BaseUrl = new Uri("https://api.seedream.test/") };
        return new SeedreamClient(options, new ScriptedHandler(new ClientFuzzCase(ClientOperation.Get, api, downloads)), new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)), logs.Factory);
    }

    private static ScriptedAnswer Json(JObject body) =>
        new(200, new[] { new KeyValuePair<string, string>("Content-Type", "application/json") }, Encoding.UTF8.GetBytes(body.ToString()), TransportFault.None);

    private static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-5.0").Prompt("a shiba").Size("16:9").Resolution("2K").Build();
}
