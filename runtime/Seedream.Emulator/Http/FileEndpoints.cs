using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Seedream.Transport;

namespace Seedream.Emulator;

/// <summary>
/// Serves result images, the tasks' and the upstream API's, at <c>/files/{name}</c> until their link expires (then 410
/// Gone). Like a CDN link, no key is needed.
/// </summary>
internal static class FileEndpoints
{
    /// <summary>Maps the endpoint onto <paramref name="routes"/>.</summary>
    /// <param name="routes">The application's routes.</param>
    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet("/files/{name}", Serve).WithName("GetResultFile");

    private static IResult Serve(string name, TaskStore store, GenerationStore generations, RenderedImages images, EmulatorCounters counters, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if ((TaskFile(store, name, now) ?? generations.FindFile(name)) is not var (image, linksExpireAt))
        {
            return ApiErrors.FileNotFound(name);
        }

        if (now >= linksExpireAt)
        {
            return ApiErrors.LinkExpired(linksExpireAt.ToUnixTimeMilliseconds());
        }

        counters.FileServed();
        return TypedResults.Bytes(images.Get(image), ImageEncoder.ContentType(image.Format));
    }

    /// <summary>The image of a completed task served as <paramref name="name"/>, with when its link expires.</summary>
    private static (PlannedImage Image, DateTimeOffset LinksExpireAt)? TaskFile(TaskStore store, string name, DateTimeOffset now) =>
        store.FindFile(name) is var (task, image) && !image.Fails && task.PhaseAt(now).Status == SeedreamTaskStatus.Completed
            ? (image, task.LinksExpireAt)
            : null;
}
