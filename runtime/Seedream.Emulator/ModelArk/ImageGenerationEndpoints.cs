using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Seedream.Emulator;

/// <summary>
/// The upstream images API of <c>spec/modelark-images.openapi.json</c> (BytePlus ModelArk / Volcengine Ark), beside the
/// gateway's task API: <c>POST /api/v3/images/generations</c>, behind the bearer-key check, answering the images
/// themselves, as JSON once all are made or as a stream of Server-Sent Events as each is made.
/// </summary>
internal static class ImageGenerationEndpoints
{
    /// <summary>The base path of the upstream API; its clients take <c>{emulator}/api/v3</c> as their base URL.</summary>
    public const string BasePath = "/api/v3";

    /// <summary>Whether <paramref name="request"/> is addressed to the upstream API, whose errors have its own codes.</summary>
    /// <param name="request">The request.</param>
    public static bool IsModelArk(HttpRequest request) => request.Path.StartsWithSegments(BasePath, StringComparison.Ordinal);

    /// <summary>Maps the endpoint onto <paramref name="routes"/>.</summary>
    /// <param name="routes">The application's routes.</param>
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGroup(BasePath)
            .AddEndpointFilter<RejectionCountingFilter>()
            .AddEndpointFilter<BearerKeyFilter>()
            .MapPost("/images/generations", GenerateAsync)
            .WithName("GenerateImages");

    private static async Task<IResult> GenerateAsync(
        HttpRequest request,
        GenerationPlanner planner,
        GenerationStore store,
        GenerationAnswers answers,
        SeedreamModelCatalog catalog,
        EmulatorOptions options,
        EmulatorCounters counters,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        Generation generation;
        try
        {
            var body = await RequestBodyReader.ReadAsync(request, options.MaxRequestBytes, cancellationToken);
            generation = planner.Plan(ImageGenerationRequestValidator.Validate(body, catalog, options.ModelArk), time.GetUtcNow());
        }
        catch (RequestTooLargeException exception)
        {
            return ArkErrors.PayloadTooLarge(exception.Message);
        }
        catch (InvalidRequestException exception)
        {
            return ArkErrors.Refused(new ArkRequestException("BadRequest", null, exception.Message));
        }
        catch (ArkRequestException exception)
        {
            return ArkErrors.Refused(exception);
        }

        store.Add(generation);
        counters.ImageGeneration();
        if (generation.Request.Stream)
        {
            return new ImageEventStream(generation, answers, options.Faults, counters, time);
        }

        await time.WaitUntilAsync(generation.FinishedAt, cancellationToken);
        return JsonAnswer.Ok(answers.Response(generation, time.GetUtcNow()));
    }
}
