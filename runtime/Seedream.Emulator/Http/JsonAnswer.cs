using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Seedream.Emulator;

/// <summary>An answer whose body is a wire DTO, written by <see cref="WireText"/>.</summary>
internal sealed class JsonAnswer : IResult, IStatusCodeHttpResult
{
    private readonly object _body;
    private readonly IReadOnlyDictionary<string, string> _headers;

    /// <summary>Creates an answer.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="body">The DTO to write.</param>
    /// <param name="headers">Extra response headers, e.g. <c>Retry-After</c>.</param>
    public JsonAnswer(int statusCode, object body, IReadOnlyDictionary<string, string>? headers = null)
    {
        StatusCode = statusCode;
        _body = body;
        _headers = headers ?? new Dictionary<string, string>();
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>A 200 answer with <paramref name="body"/>.</summary>
    /// <param name="body">The DTO to write.</param>
    public static JsonAnswer Ok(object body) => new(StatusCodes.Status200OK, body);

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        foreach (var header in _headers)
        {
            response.Headers[header.Key] = header.Value;
        }

        return response.WriteAsync(WireText.Of(_body), httpContext.RequestAborted);
    }
}
