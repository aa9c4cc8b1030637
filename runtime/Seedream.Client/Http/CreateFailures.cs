using System;
using Seedream.Logging;
using Seedream.Transport;

namespace Seedream.Http;

/// <summary>
/// Decides what a failed create means. It is sent again only when nothing was certainly created: the
/// connection was refused before sending (see <see cref="ConnectionFailure"/>), a 429, or a 503 carrying
/// the API's JSON error envelope. An explicit API error (4xx, or a 2xx holding the error envelope) created
/// nothing and is reported as such. Everything else (another 5xx, a gateway's HTML page, a redirect, a
/// 2xx that cannot be read, a stalled or oversized body) may have created a task: it is reported with
/// <c>MayHaveCreatedTask</c>, with the task id when one can be read from what arrived, and never as
/// "try again later".
/// </summary>
internal static class CreateFailures
{
    /// <summary>Whether a failed create answer proves nothing was created, so it may be sent again.</summary>
    public static bool MayResend(SeedreamApiException answer) =>
        answer.StatusCode == 429 || (answer.StatusCode == 503 && HasErrorEnvelope(answer));

    /// <summary>Whether the answer is the API's explicit refusal (a 4xx, or the error envelope in a 2xx): nothing was created.</summary>
    public static bool CreatedNothing(SeedreamApiException answer) =>
        MayResend(answer) || (answer.StatusCode >= 400 && answer.StatusCode < 500) ||
        (answer.StatusCode >= 200 && answer.StatusCode < 300 && HasErrorEnvelope(answer));

    /// <summary>The error for a create answer that may have created a task. The raw answer is not kept as the cause: its text may echo secrets.</summary>
    public static SeedreamServerException Ambiguous(SeedreamApiException answer, string operation, TimeSpan? retryAfter, SecretRedactor redactor) =>
        Ambiguous(operation, Describe(answer), answer.StatusCode, ApiAnswerText.TaskIdIn(answer.Response), retryAfter, redactor, null);

    /// <summary>The error for a create whose answer was unusable (a redirect, an oversized body, …).</summary>
    public static SeedreamServerException Ambiguous(UnusableAnswerException answer, string operation, SecretRedactor redactor) =>
        Ambiguous(operation, answer.Message, answer.StatusCode, ApiAnswerText.TaskIdIn(answer.PartialBody), null, redactor, answer);

    /// <summary>The task id read from the part of a body that arrived before it stalled, when any.</summary>
    public static string? TaskIdOfStall(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StalledAnswerException stalled)
            {
                return ApiAnswerText.TaskIdIn(stalled.PartialBody);
            }
        }

        return null;
    }

    /// <summary>The advice every ambiguous create ends with.</summary>
    public static string LookBeforeResubmitting(string? taskId, SecretRedactor redactor) =>
        taskId is null
            ? "The request may have reached the server and created a task, so it was not sent again (that could create and bill a second task). Look for the task (or its webhook) before submitting again."
            : $"The server named task {redactor.Redact(taskId)}, so it was not sent again (that could create and bill a second task): follow that task (GetAsync or WaitAsync) instead of submitting again.";

    private static SeedreamServerException Ambiguous(string operation, string what, int? status, string? taskId, TimeSpan? retryAfter, SecretRedactor redactor, Exception? cause) =>
        new SeedreamServerException(
            $"{operation} failed: {redactor.Redact(what)}. {LookBeforeResubmitting(taskId, redactor)}",
            status,
            retryAfter,
            redactor.Redact(taskId),
            innerException: redactor.Guard(cause),
            mayHaveCreatedTask: true);

    private static bool HasErrorEnvelope(SeedreamApiException answer) =>
        (answer is SeedreamApiException<ErrorResponse> typed && typed.Result?.Error is not null) || ApiAnswerText.IsErrorEnvelope(answer.Response);

    private static string Describe(SeedreamApiException answer)
    {
        var status = answer.StatusCode;
        var kind = status >= 200 && status < 300
            ? "an answer that could not be read as a task"
            : status >= 300 && status < 400 ? "a redirect" : HasErrorEnvelope(answer) ? "a server error" : "a server error page that is not the API's JSON (a gateway or proxy)";
        return $"the API answered HTTP {status}, {kind}";
    }
}
