using System;
using System.Threading.Tasks;
using Seedream.Logging;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Http;

/// <summary>
/// Checks that a task answer is about what was asked before anything uses it: a status answer names the
/// task requested (or no task) and has a status; a create answer names a task, or is the API's explicit
/// refusal. An unusable status answer is retried like a server error; nothing of it is saved or reported.
/// </summary>
internal static class TaskAnswers
{
    /// <summary>The answer to <c>GET /v1/tasks/{requestedId}</c>, checked.</summary>
    /// <exception cref="UnusableAnswerException">The answer is about another task, or has no status.</exception>
    public static async Task<WireTask> AboutAsync(Task<WireTask> answer, string requestedId, SecretRedactor redactor)
    {
        var task = await answer.ConfigureAwait(false);
        var answeredId = task.Task_id?.Trim();
        if (!string.IsNullOrEmpty(answeredId) && !string.Equals(answeredId, requestedId.Trim(), StringComparison.Ordinal))
        {
            throw new UnusableAnswerException($"the answer is about task {redactor.Redact(answeredId)}, not the task asked for; none of it was used", 200, retryable: true);
        }

        if (string.IsNullOrWhiteSpace(task.Status))
        {
            throw new UnusableAnswerException("the answer has no status, so it cannot be read as a task", 200, retryable: true);
        }

        task.Task_id = requestedId;
        return task;
    }

    /// <summary>Whether <paramref name="failure"/> is an answer that arrived (2xx) but could not be used: no status, another task, not JSON.</summary>
    public static bool IsUnreadable(SeedreamException failure) =>
        failure is SeedreamServerException { StatusCode: >= 200 and < 300 };

    /// <summary>The task id of a create answer.</summary>
    /// <exception cref="SeedreamException">The answer is the API's explicit refusal: no task was created.</exception>
    /// <exception cref="SeedreamServerException">The answer names no task; one may exist (<see cref="SeedreamException.MayHaveCreatedTask"/>).</exception>
    public static string CreatedId(WireTask task, string operation, SecretRedactor redactor)
    {
        if (TaskIds.IsAddressable(task.Task_id))
        {
            return task.Task_id!.Trim();
        }

        if (!string.IsNullOrWhiteSpace(task.Task_id))
        {
            throw new SeedreamServerException(
                $"{operation} answered HTTP 200 with the task id '{task.Task_id!.Trim()}', which names no task (as a path segment it addresses /v1/). {CreateFailures.LookBeforeResubmitting(null, redactor)}",
                200,
                mayHaveCreatedTask: true);
        }

        if (task.Error is not null || task.RefusalCode is not null)
        {
            var code = redactor.Redact(task.Error?.Code ?? task.RefusalCode);
            var message = redactor.Redact(task.Error?.Message);
            var said = string.IsNullOrEmpty(message) ? code : code + ": " + message;
            throw new SeedreamException($"{operation} was refused by the API ({said}); no task was created.", 200, code, message, null, null);
        }

        throw new SeedreamServerException(
            $"{operation} answered HTTP 200 without a task id. {CreateFailures.LookBeforeResubmitting(null, redactor)}",
            200,
            mayHaveCreatedTask: true);
    }
}
