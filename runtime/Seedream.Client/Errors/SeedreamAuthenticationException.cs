using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>The API key is missing or was rejected (HTTP 401; <see cref="SeedreamErrorKind.Authentication"/>). Retrying will not help: fix the key.</summary>
public sealed class SeedreamAuthenticationException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="apiCode">The API's error code, when given.</param>
    /// <param name="apiMessage">The API's error message, when given.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamAuthenticationException(string message, string? apiCode = null, string? apiMessage = null, Exception? innerException = null)
        : base(SeedreamErrorKind.Authentication, message, 401, apiCode, apiMessage, null, false, null, innerException)
    {
    }

    internal SeedreamAuthenticationException(string message, Failure failure)
        : base(message, failure)
    {
    }
}
