using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Seedream.Emulator;

/// <summary>
/// The limits on a request's head, answered with the error envelope: a request target over
/// <see cref="MaxTargetBytes"/> is 414, headers over <see cref="MaxHeaderBytes"/> or <see cref="MaxHeaderCount"/> are 431.
/// Kestrel enforces limits of its own before any middleware runs and answers them with an empty body, so its limits are
/// raised to <see cref="ServerCeilingBytes"/> and <see cref="ServerCeilingHeaderCount"/>, far above these; only a head past
/// those gets Kestrel's bare answer.
/// </summary>
internal sealed class RequestHeadLimits
{
    /// <summary>The longest request target (path and query) read, in bytes: 8 KiB, as common servers allow.</summary>
    public const int MaxTargetBytes = 8 * 1024;

    /// <summary>The most header bytes read (names, values and their separators): 32 KiB.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>The most headers read: 100.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel's own request line and header limits, in bytes: 256 KiB each.</summary>
    public const int ServerCeilingBytes = 256 * 1024;

    /// <summary>Kestrel's own limit on the number of headers.</summary>
    public const int ServerCeilingHeaderCount = 4 * 1024;

    private readonly RequestDelegate _next;

    /// <summary>Creates the middleware.</summary>
    /// <param name="next">The rest of the pipeline.</param>
    public RequestHeadLimits(RequestDelegate next) => _next = next;

    /// <summary>Raises Kestrel's own head limits to the ceilings, so that the limits above are answered by this middleware.</summary>
    /// <param name="limits">Kestrel's limits.</param>
    public static void RaiseServerLimits(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = ServerCeilingBytes;
        limits.MaxRequestHeadersTotalSize = ServerCeilingBytes;
        limits.MaxRequestHeaderCount = ServerCeilingHeaderCount;
    }

    /// <summary>Handles one request.</summary>
    /// <param name="context">The request's context.</param>
    public Task InvokeAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        var targetBytes = Encoding.UTF8.GetByteCount(target);
        if (targetBytes > MaxTargetBytes)
        {
            return Refuse(context, StatusCodes.Status414UriTooLong, $"The request target (path and query) has {targetBytes} bytes; the most read is {MaxTargetBytes}.");
        }

        var headers = context.Request.Headers;
        if (headers.Count > MaxHeaderCount)
        {
            return Refuse(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The request has {headers.Count} headers; the most read is {MaxHeaderCount}.");
        }

        var headerBytes = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                headerBytes += Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(value ?? string.Empty) + 4;
            }
        }

        if (headerBytes > MaxHeaderBytes)
        {
            return Refuse(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The request's headers have {headerBytes} bytes; the most read is {MaxHeaderBytes}.");
        }

        return _next(context);
    }

    private static Task Refuse(HttpContext context, int status, string message) =>
        ApiErrors.ForStatus(status, message, TaskEndpoints.IsSynchronous(context.Request)).ExecuteAsync(context);
}
