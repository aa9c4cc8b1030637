using System;
using Seedream.Logging;

namespace Seedream.Failures;

/// <summary>
/// The public edge: makes the one <see cref="SeedreamException"/> a caller sees from a <see cref="Failure"/>, its type chosen
/// by <see cref="Failure.Kind"/> and its message (for people) from the record. Nothing after this reads the message.
/// </summary>
internal static class SeedreamErrors
{
    /// <summary>The exception for <paramref name="failure"/>, a failure of the request <paramref name="operation"/>.</summary>
    /// <param name="failure">The record.</param>
    /// <param name="operation">The request as messages show it, e.g. <c>GET /v1/tasks/task-1</c>.</param>
    /// <param name="redactor">Clears the API key from the task id before it is shown.</param>
    public static SeedreamException From(Failure failure, string operation, SecretRedactor redactor)
    {
        var message = Message(failure, operation, redactor);
        return failure.Kind switch
        {
            SeedreamErrorKind.InvalidRequest => new SeedreamInvalidRequestException(message, failure),
            SeedreamErrorKind.Authentication => new SeedreamAuthenticationException(message, failure),
            SeedreamErrorKind.InsufficientBalance => new SeedreamInsufficientBalanceException(message, failure),
            SeedreamErrorKind.RateLimited => new SeedreamRateLimitException(message, failure),
            SeedreamErrorKind.NotFound => new SeedreamNotFoundException(message, failure),
            SeedreamErrorKind.Server or SeedreamErrorKind.InvalidResponse => new SeedreamServerException(message, failure),
            SeedreamErrorKind.Network => new SeedreamNetworkException(message, failure),
            SeedreamErrorKind.RequestTimeout => new SeedreamRequestTimeoutException(message, failure, failure.Timeout ?? System.Threading.Timeout.InfiniteTimeSpan),
            _ => new SeedreamException(message, failure),
        };
    }

    /// <summary>The advice every failed create that may have created a task ends with.</summary>
    /// <param name="taskId">The task the server named, when it did (already cleared of the key).</param>
    public static string LookBeforeResubmitting(string? taskId) =>
        taskId is null
            ? "The request may have reached the server and created a task, so it was not sent again (that could create and bill a second task). Look for the task (or its webhook) before submitting again."
            : $"The server named task {taskId}, so it was not sent again (that could create and bill a second task): follow that task (SeedreamClient.GetOperation(\"{taskId}\").WaitForCompletionAsync()) instead of submitting again.";

    private static string Message(Failure failure, string operation, SecretRedactor redactor)
    {
        if (failure.MayHaveCreatedTask)
        {
            return $"{operation} failed: {failure.What}. {LookBeforeResubmitting(failure.TaskId)}";
        }

        var task = failure.TaskId is null ? string.Empty : $" (task {redactor.Redact(failure.TaskId)})";
        return failure.Kind switch
        {
            SeedreamErrorKind.InvalidRequest when failure.StatusCode is >= 200 and < 300 => $"{operation} was refused by the API ({failure.What}); no task was created.",
            SeedreamErrorKind.InvalidRequest when failure.StatusCode == 413 => $"{operation}{task} was refused as too large ({failure.What}). The server takes no request body this large: make the request smaller (send reference images as links rather than inline data). Sending it again as it is will fail again.",
            SeedreamErrorKind.InvalidRequest => $"{operation}{task} was refused as invalid ({failure.What}). Change the request; sending it again as it is will fail again.",
            SeedreamErrorKind.Authentication => $"{operation} was refused: the API key is missing or invalid ({failure.What}). Check SeedreamClientOptions.ApiKey.",
            SeedreamErrorKind.InsufficientBalance => $"{operation} was refused: the account's balance is insufficient ({failure.What}). Top up, then submit again.",
            SeedreamErrorKind.NotFound => $"{operation}{task}: no such task, or it belongs to another API key ({failure.What}).",
            SeedreamErrorKind.RateLimited => $"{operation}{task} was rate limited ({failure.What})." + (failure.RetryAfter is TimeSpan wait ? $" The API asked to wait {wait.TotalSeconds:0.#} s." : string.Empty),
            SeedreamErrorKind.Server => $"{operation}{task} failed with a server error ({failure.What}). Try again later.",
            SeedreamErrorKind.Network when failure.NothingSent => $"{operation}{task} {failure.What}. Check the network and SeedreamClientOptions.BaseUrl.",
            SeedreamErrorKind.Network => $"{operation}{task} failed: {failure.What}. Try again later.",
            _ => $"{operation}{task} failed: {failure.What}.",
        };
    }
}
