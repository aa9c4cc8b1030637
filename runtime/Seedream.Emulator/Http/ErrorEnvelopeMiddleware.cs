using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Seedream.Emulator;

/// <summary>
/// Gives every non-2xx answer the spec's error envelope: an answer left without a body (no such route 404, a method the
/// route does not take 405, a status set by the server) gets one naming what was asked and what exists, and so does a
/// request the server refused while it was being read (a malformed or too slow body: 400, 408) and an unexpected error
/// (500). Requests Kestrel refuses before any middleware runs (not HTTP at all, or a head past its ceilings, see
/// <see cref="RequestHeadLimits"/>) are answered by Kestrel alone, with an empty body.
/// </summary>
internal sealed class ErrorEnvelopeMiddleware
{
    private const string Endpoints =
        "The API has POST /v1/tasks, POST /v1/tasks/sync, GET /v1/tasks/{task_id} and POST /v1/tasks/{task_id}/cancel; result files are at GET /files/{name}.";

    private readonly RequestDelegate _next;

    /// <summary>Creates the middleware.</summary>
    /// <param name="next">The rest of the pipeline.</param>
    public ErrorEnvelopeMiddleware(RequestDelegate next) => _next = next;

    /// <summary>Handles one request.</summary>
    /// <param name="context">The request's context.</param>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await AnswerAsync(context, exception.StatusCode, $"The request could not be read: {exception.Message}");
            return;
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            await AnswerAsync(
                context,
                StatusCodes.Status500InternalServerError,
                $"The emulator failed to handle {context.Request.Method} {context.Request.Path} ({exception.GetType().Name}: {exception.Message}); this is a fault of the emulator.");
            return;
        }

        var status = context.Response.StatusCode;
        if (status >= 400 && !context.Response.HasStarted)
        {
            await AnswerAsync(context, status, Describe(context, status));
        }
    }

    private static string Describe(HttpContext context, int status)
    {
        var request = context.Request;
        return status switch
        {
            StatusCodes.Status404NotFound => $"No such endpoint: {request.Method} {request.Path}. {Endpoints}",
            StatusCodes.Status405MethodNotAllowed =>
                $"{request.Method} is not allowed on {request.Path}; it takes {context.Response.Headers[HeaderNames.Allow]}. {Endpoints}",
            _ => $"{ReasonPhrases.GetReasonPhrase(status)} ({request.Method} {request.Path}).",
        };
    }

    private static Task AnswerAsync(HttpContext context, int status, string message) =>
        ApiErrors.ForStatus(status, message, TaskEndpoints.IsSynchronous(context.Request)).ExecuteAsync(context);
}
