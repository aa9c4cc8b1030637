using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>The account's balance does not cover the task (HTTP 402; <see cref="SeedreamErrorKind.InsufficientBalance"/>). Top up, then submit again.</summary>
public sealed class SeedreamInsufficientBalanceException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="apiCode">The API's error code, when given.</param>
    /// <param name="apiMessage">The API's error message, when given.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamInsufficientBalanceException(string message, string? apiCode = null, string? apiMessage = null, Exception? innerException = null)
        : base(SeedreamErrorKind.InsufficientBalance, message, 402, apiCode, apiMessage, null, false, null, innerException)
    {
    }

    internal SeedreamInsufficientBalanceException(string message, Failure failure)
        : base(message, failure)
    {
    }
}
