using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Seedream.Emulator;

/// <summary>Answers 401 with the error envelope unless the request carries <c>Authorization: Bearer &lt;the configured key&gt;</c>.</summary>
internal sealed class BearerKeyFilter : IEndpointFilter
{
    private const string Scheme = "Bearer ";
    private readonly EmulatorOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Holds the accepted key.</param>
    public BearerKeyFilter(EmulatorOptions options) => _options = options;

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var synchronous = TaskEndpoints.IsSynchronous(request);
        string header = request.Headers[HeaderNames.Authorization].ToString();
        if (string.IsNullOrEmpty(header))
        {
            return new ValueTask<object?>(ApiErrors.Unauthorized("Missing API key: send the header 'Authorization: Bearer <key>'.", synchronous));
        }

        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return new ValueTask<object?>(ApiErrors.Unauthorized("Invalid Authorization header: expected 'Bearer <key>'.", synchronous));
        }

        if (!string.Equals(header.Substring(Scheme.Length).Trim(), _options.ApiKey, StringComparison.Ordinal))
        {
            return new ValueTask<object?>(ApiErrors.Unauthorized("Invalid API key.", synchronous));
        }

        return next(context);
    }
}
