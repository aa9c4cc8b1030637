// The consumer's program: one request per shipped model, written with that model's generated
// builder, sent with the packaged client to the API at SEEDREAM_BASE_URL, and the images saved
// under the folder given as the first argument (one subfolder per model).
using System;
using System.IO;
using System.Threading;
using Seedream;
using Seedream.Models;

var baseUrl = Environment.GetEnvironmentVariable("SEEDREAM_BASE_URL")
    ?? throw new InvalidOperationException("Set SEEDREAM_BASE_URL to the API's base URL.");
var apiKey = Environment.GetEnvironmentVariable("SEEDREAM_API_KEY")
    ?? throw new InvalidOperationException("Set SEEDREAM_API_KEY to the API key.");
var outputDirectory = args.Length == 1 ? args[0] : throw new InvalidOperationException("Pass the output folder as the only argument.");

var options = new SeedreamClientOptions { ApiKey = apiKey, BaseUrl = new Uri(baseUrl) };
options.Polling.InitialDelay = TimeSpan.FromMilliseconds(200);
options.Polling.MaxDelay = TimeSpan.FromMilliseconds(500);
options.Polling.Timeout = TimeSpan.FromMinutes(1);
using var client = new SeedreamClient(options);

var requests = new[]
{
    ("seedream-5.0", Seedream50.Generate("一只柴犬穿宇航服站在月球上")
        .Size(Seedream50Size.Ratio16x9)
        .Resolution(Seedream50Resolution.Res2K)
        .OutputFormat(Seedream50OutputFormat.Png)
        .Watermark(false)
        .Build()),
    ("seedream-4.5", Seedream45.Generate("a lighthouse at dusk, oil painting")
        .Size(Seedream45Size.Ratio1x1)
        .Resolution(Seedream45Resolution.Res4K)
        .PromptOptimization(Seedream45PromptOptimization.Standard)
        .Build()),
    ("seedream-4.0", Seedream40.Generate("four seasons of one garden")
        .Resolution(Seedream40Resolution.Res1K)
        .GuidanceScale(7.5)
        .PromptOptimization(Seedream40PromptOptimization.Fast)
        .ImageCount(2)
        .Build()),
};

foreach (var (model, request) in requests)
{
    var result = await client.GenerateAsync(request, progress: null, CancellationToken.None);
    var saved = await result.SaveImagesAsync(Path.Combine(outputDirectory, model), CancellationToken.None);
    foreach (var image in saved)
    {
        Console.WriteLine($"{model}: saved {image}");
    }
}
