using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Seedream.Emulator;

/// <summary>
/// Injects the faults of <see cref="FaultOptions"/> into the API endpoints. An error status answers
/// before the request is handled, so a faulted create creates no task and may be retried. A dropped
/// connection or truncated body happens after the request was handled: the task exists, and a client
/// must not blindly send the create again.
/// </summary>
internal sealed class FaultInjectionMiddleware
{
    private readonly RequestDelegate _next;
    private readonly FaultInjector _injector;
    private readonly FaultOptions _options;
    private readonly EmulatorCounters _counters;
    private readonly TimeProvider _time;

    /// <summary>Creates the middleware.</summary>
    /// <param name="next">The rest of the pipeline.</param>
    /// <param name="injector">Draws the faults.</param>
    /// <param name="options">The emulator's options.</param>
    /// <param name="counters">Where faults are counted.</param>
    /// <param name="time">The clock added latency is measured by.</param>
    public FaultInjectionMiddleware(RequestDelegate next, FaultInjector injector, EmulatorOptions options, EmulatorCounters counters, TimeProvider time)
    {
        _next = next;
        _injector = injector;
        _options = options.Faults;
        _counters = counters;
        _time = time;
    }

    /// <summary>Handles one request.</summary>
    /// <param name="context">The request's context.</param>
    public async Task InvokeAsync(HttpContext context)
    {
        var plan = _injector.Draw();
        if (plan.Delay)
        {
            _counters.Fault(FaultKind.Latency);
            await Task.Delay(_options.Latency, _time, context.RequestAborted);
        }

        if (plan.Status is FaultKind status)
        {
            _counters.Fault(status);
            var synchronous = TaskEndpoints.IsSynchronous(context.Request);
            await ApiErrors.Injected(status, _options.RetryAfterSeconds, synchronous).ExecuteAsync(context);
            return;
        }

        if (plan.Body is not FaultKind bodyFault)
        {
            await _next(context);
            return;
        }

        await HandleWithBrokenBodyAsync(context, bodyFault);
    }

    private async Task HandleWithBrokenBodyAsync(HttpContext context, FaultKind fault)
    {
        var response = context.Response;
        var original = response.Body;
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            response.Body = buffer;
            try
            {
                await _next(context);
            }
            finally
            {
                response.Body = original;
            }

            body = buffer.ToArray();
        }

        _counters.Fault(fault);
        var part = body.AsMemory(0, body.Length / 2);
        if (fault == FaultKind.DroppedConnection)
        {
            response.ContentLength = body.Length;
            await original.WriteAsync(part, context.RequestAborted);
            await original.FlushAsync(context.RequestAborted);
            context.Abort();
            return;
        }

        response.ContentLength = part.Length;
        await original.WriteAsync(part, context.RequestAborted);
    }
}
