using System;
using System.Collections.Generic;

namespace Seedream.Transport;

/// <summary>
/// The error the generated transport raises for an answer it does not accept (an error status, an unreadable
/// body). Written here rather than generated, so it stays internal: the client turns every one into a typed
/// <see cref="Failures.Failure"/> (see <see cref="Failures.FailureClassifier"/>), and none escapes.
/// </summary>
internal class SeedreamApiException : Exception
{
    public SeedreamApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers;
    }

    /// <summary>The answer's HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The answer's body, when it was read.</summary>
    public string? Response { get; }

    /// <summary>The answer's headers (<c>Retry-After</c> is read from them).</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }
}

/// <summary>A <see cref="SeedreamApiException"/> whose body was read as the documented error object.</summary>
/// <typeparam name="TResult">The body's type.</typeparam>
internal sealed class SeedreamApiException<TResult> : SeedreamApiException
{
    public SeedreamApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result, Exception? innerException)
        : base(message, statusCode, response, headers, innerException)
    {
        Result = result;
    }

    /// <summary>The body, read.</summary>
    public TResult Result { get; }
}
