using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Seedream.Transport;

namespace Seedream.Emulator;

/// <summary>Serves result images at <c>/files/{name}</c> until their link expires (then 410 Gone). Like a CDN link, no key is needed.</summary>
internal static class FileEndpoints
{
    /// <summary>Maps the endpoint onto <paramref name="routes"/>.</summary>
    /// <param name="routes">The application's routes.</param>
    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet("/files/{name}", Serve).WithName("GetResultFile");

    private static IResult Serve(string name, TaskStore store, RenderedImages images, EmulatorCounters counters, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (store.FindFile(name) is not { } entry || entry.Image.Fails || entry.Task.PhaseAt(now).Status != SeedreamTaskStatus.Completed)
        {
            return ApiErrors.FileNotFound(name);
        }

        var (task, image) = entry;
        if (now >= task.LinksExpireAt)
        {
            return ApiErrors.LinkExpired(task.LinksExpireAt.ToUnixTimeMilliseconds());
        }

        counters.FileServed();
        return TypedResults.Bytes(images.Get(image), ImageEncoder.ContentType(image.Format));
    }
}
