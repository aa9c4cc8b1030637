using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Soak.Infrastructure;

namespace Seedream.Soak.Resume;

/// <summary>
/// The two halves of the kill-and-resume proof, each run as its own process. <c>submit</c> submits
/// tasks, appends each id to a file as soon as it has it (flushed, so a kill loses nothing), prints
/// <see cref="WaitingLine"/> and waits for them, until it is killed. <c>resume</c> reads the ids back and
/// waits for every task and saves its images, without submitting anything. The API key comes from
/// <c>SEEDREAM_API_KEY</c>, never the command line.
/// </summary>
internal static class ResumeModes
{
    public const string KeyVariable = "SEEDREAM_API_KEY";
    public const string WaitingLine = "all submitted; waiting";

    public static async Task<int> SubmitAsync(CommandOptions options, CancellationToken cancellationToken)
    {
        using var client = CreateClient(options);
        var idsFile = options.Text("ids");
        var tasks = options.Int("tasks", 20);
        using var ids = new StreamWriter(idsFile, append: true);
        using var idsLock = new SemaphoreSlim(1);
        var handles = await Task.WhenAll(Enumerable.Range(0, tasks).Select(async task =>
        {
            var handle = await client.SubmitAsync(Request(task), cancellationToken);
            await idsLock.WaitAsync(cancellationToken);
            try
            {
                await ids.WriteLineAsync(handle.Id);
                await ids.FlushAsync(cancellationToken);
            }
            finally
            {
                idsLock.Release();
            }

            return handle;
        }));

        Console.WriteLine(WaitingLine);
        await Task.WhenAll(handles.Select(handle => handle.WaitForCompletionAsync(null, cancellationToken)));
        Console.WriteLine("all finished");
        return 0;
    }

    public static async Task<int> ResumeAsync(CommandOptions options, CancellationToken cancellationToken)
    {
        using var client = CreateClient(options);
        var output = options.Text("out");
        var ids = File.ReadAllLines(options.Text("ids")).Where(line => line.Length > 0).ToList();
        var saved = await Task.WhenAll(ids.Select(async id =>
        {
            var result = await client.GetOperation(id).WaitForCompletionAsync(null, cancellationToken);
            return await result.SaveImagesAsync(Path.Combine(output, id), cancellationToken);
        }));
        Console.WriteLine($"resumed {ids.Count} tasks; saved {saved.Sum(images => images.Count)} images");
        return 0;
    }

    private static SeedreamClient CreateClient(CommandOptions options) => new(new SeedreamClientOptions
    {
        ApiKey = Environment.GetEnvironmentVariable(KeyVariable),
        BaseUrl = new Uri(options.Text("url")),
        Polling = { InitialDelay = TimeSpan.FromMilliseconds(250), MaxDelay = TimeSpan.FromSeconds(1) },
    });

    private static SeedreamRequest Request(int task) =>
        SeedreamRequest.ForModel("seedream-5.0").Prompt($"resume task {task}: 一只柴犬穿宇航服站在月球上").Size("1:1").Resolution("2K").Watermark(false).Build();
}
