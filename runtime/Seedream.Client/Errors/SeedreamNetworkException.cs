using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>
/// No answer was received: the connection failed or broke (<see cref="SeedreamErrorKind.Network"/>). When
/// <see cref="SeedreamException.MayHaveCreatedTask"/> is <see langword="true"/>, a create request may have reached the
/// server and was deliberately not sent again (that would create and bill a second task): look for the task before
/// submitting again.
/// </summary>
public sealed class SeedreamNetworkException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="mayHaveCreatedTask">Whether a create request may have reached the server.</param>
    /// <param name="taskId">The task the request concerned, when known.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamNetworkException(string message, bool mayHaveCreatedTask, string? taskId = null, Exception? innerException = null)
        : base(SeedreamErrorKind.Network, message, null, null, null, taskId, mayHaveCreatedTask, null, innerException)
    {
    }

    internal SeedreamNetworkException(string message, Failure failure)
        : base(message, failure)
    {
    }
}
