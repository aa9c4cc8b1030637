// A consumer with a model of its own (models/seedream-6.0.json, made by `seedream models --new`) and the in-process
// emulator, wired as the README shows: the project's tables go to the emulator and to the client. Images are saved
// under the folder given as the only argument; an emulator without the tables first shows how it refuses the model.
using System;
using System.IO;
using System.Linq;
using Seedream;
using Seedream.Emulator;
using Seedream.Models;

var outputDirectory = args.Length == 1 ? args[0] : throw new InvalidOperationException("Pass the output folder as the only argument.");

await using (var bare = await SeedreamEmulator.StartAsync(new EmulatorOptions()))
{
    using var unaware = new SeedreamClient(new SeedreamClientOptions { ApiKey = bare.ApiKey, BaseUrl = bare.BaseAddress });
    try
    {
        await unaware.SubmitAsync(Seedream60.Generate("a lighthouse").Build());
        Console.WriteLine("An emulator without the project's tables accepted seedream-6.0.");
        return 1;
    }
    catch (SeedreamInvalidRequestException refused)
    {
        Console.WriteLine("without the tables: " + refused.ApiMessage);
    }
}

await using var emulator = await SeedreamEmulator.StartAsync(new EmulatorOptions
{
    ModelTables = SeedreamProjectModels.Tables.ToList(),
    QueueDuration = TimeSpan.Zero,
    ProcessingDuration = TimeSpan.FromMilliseconds(200),
});
var options = new SeedreamClientOptions { ApiKey = emulator.ApiKey, BaseUrl = emulator.BaseAddress, ModelTables = SeedreamProjectModels.Tables.ToList() };
options.Polling.InitialDelay = TimeSpan.FromMilliseconds(100);
options.Polling.MaxDelay = TimeSpan.FromMilliseconds(200);
using var client = new SeedreamClient(options);

var requests = new[]
{
    Seedream60.Generate("a lighthouse at dusk").Size(Seedream60Size.Ratio4x5).Resolution(Seedream60Resolution.Res3K).Build(),
    SeedreamRequest.ForModel("seedream-6.0").Prompt("a harbour at dawn").Size("5:4").Build(),
};
foreach (var request in requests)
{
    var result = await client.GenerateAsync(request);
    foreach (var saved in await result.SaveImagesAsync(outputDirectory))
    {
        Console.WriteLine($"{request.Model}: saved {Path.GetFileName(saved.Path)}");
    }
}

return 0;
