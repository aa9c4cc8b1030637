using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using Newtonsoft.Json;
using Seedream.Http;
using Seedream.Logging;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Failures;

/// <summary>
/// The one classification of what an API call's attempt came to: an error status, an answer that arrived but cannot be
/// used, a time-out, a broken connection. Each becomes one <see cref="Failure"/>; nothing is re-read later.
/// <para>
/// The never-create-twice rule lives here: a create is tried again only when it certainly created nothing (the connection
/// was refused before sending, a 429, or a 503 carrying the API's JSON error envelope). An explicit API error (a 4xx, or
/// the error envelope in a 2xx) created nothing. Everything else (another 5xx, a gateway's HTML page, a redirect, a 2xx
/// that cannot be read, a stalled or oversized body, a time-out, a connection broken mid-request) may have created a task:
/// it is marked <see cref="Failure.MayHaveCreatedTask"/>, with the task id when one can be read from what arrived.
/// </para>
/// Other requests are tried again on a 2xx that cannot be used, 408, 429, 500, 502, 503, 504, a time-out or a network
/// failure, and on a 404 for a task this client created moments ago (<see cref="FreshTasks"/>).
/// </summary>
internal sealed class FailureClassifier
{
    private const int MaxApiMessageLength = 500;

    private static readonly JsonSerializerSettings Settings = SeedreamJson.CreateSettings();

    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly FreshTasks _fresh;

    public FailureClassifier(TimeProvider time, SecretRedactor redactor, FreshTasks fresh)
    {
        _time = time;
        _redactor = redactor;
        _fresh = fresh;
    }

    /// <summary>
    /// What <paramref name="exception"/>, thrown by an attempt of <paramref name="call"/>, means; <see langword="null"/> when it
    /// is no failure of the call (the caller cancelled, or an error no rule knows), so it escapes unchanged.
    /// </summary>
    /// <param name="exception">What the attempt threw.</param>
    /// <param name="call">The call.</param>
    /// <param name="taskId">The task asked about, for a status or cancel request.</param>
    /// <param name="callerToken">The caller's token (not the attempt's time limit).</param>
    public Failure? Classify(Exception exception, ApiCall call, string? taskId, CancellationToken callerToken) =>
        exception switch
        {
            SeedreamApiException answer => FromAnswer(answer, call, taskId),
            UnusableAnswerException unusable => FromUnusable(unusable, call, taskId),
            OperationCanceledException timedOut when !callerToken.IsCancellationRequested => FromTimeout(timedOut, call, taskId),
            HttpRequestException network => FromNetwork(network, call, taskId),
            IOException network => FromNetwork(network, call, taskId),
            _ => null,
        };

    /// <summary>
    /// Whether the answer to <c>GET /v1/tasks/{requestedId}</c> can be used: it names the task asked for (or none) and has a
    /// status. An answer that cannot is a retryable <see cref="SeedreamErrorKind.InvalidResponse"/>; nothing of it is used.
    /// </summary>
    /// <param name="task">The answer.</param>
    /// <param name="requestedId">The task asked for.</param>
    public Failure? OfStatusAnswer(WireTask task, string requestedId)
    {
        var answeredId = task.Task_id?.Trim();
        if (!string.IsNullOrEmpty(answeredId) && !string.Equals(answeredId, requestedId.Trim(), StringComparison.Ordinal))
        {
            return new Failure(SeedreamErrorKind.InvalidResponse, $"the answer is about task {_redactor.Redact(answeredId)}, not the task asked for; none of it was used", retryable: true, statusCode: 200, taskId: requestedId);
        }

        return string.IsNullOrWhiteSpace(task.Status)
            ? new Failure(SeedreamErrorKind.InvalidResponse, "the answer has no status, so it cannot be read as a task", retryable: true, statusCode: 200, taskId: requestedId)
            : null;
    }

    /// <summary>
    /// Whether a create's answer names the task it created. When it does not, it is either the API's explicit refusal
    /// (<see cref="SeedreamErrorKind.InvalidRequest"/>: no task was created) or an answer that names no task although one
    /// may exist (<see cref="Failure.MayHaveCreatedTask"/>). Neither is sent again.
    /// </summary>
    /// <param name="task">The answer.</param>
    public Failure? OfCreateAnswer(WireTask task)
    {
        if (TaskIds.IsAddressable(task.Task_id))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(task.Task_id))
        {
            return new Failure(
                SeedreamErrorKind.InvalidResponse,
                $"the API answered HTTP 200 with the task id '{_redactor.Redact(task.Task_id!.Trim())}', which names no task (as a path segment it addresses /v1/)",
                retryable: false,
                mayHaveCreatedTask: true,
                statusCode: 200);
        }

        if (task.Error is not null || task.RefusalCode is not null)
        {
            var code = _redactor.Redact(task.Error?.Code ?? task.RefusalCode);
            var message = Truncate(_redactor.Redact(task.Error?.Message));
            return new Failure(SeedreamErrorKind.InvalidRequest, Said(200, code, message), retryable: false, statusCode: 200, apiCode: code, apiMessage: message);
        }

        return new Failure(SeedreamErrorKind.InvalidResponse, "the API answered HTTP 200 without a task id", retryable: false, mayHaveCreatedTask: true, statusCode: 200);
    }

    /// <summary>
    /// An error the upstream images API reported inside a 200 answer: a top-level <c>error</c> beside no image, or a
    /// stream's error event. Typed by its code (<see cref="KindOfUpstreamCode"/>); never sent again.
    /// </summary>
    /// <param name="code">The error's <c>code</c>.</param>
    /// <param name="message">The error's <c>message</c>.</param>
    /// <param name="where">Where it was reported, as a clause: <c>the answer</c>, <c>an error event of the stream</c>.</param>
    /// <param name="mayHaveCreated">Whether images may have been made (and billed) before it.</param>
    public Failure OfUpstreamError(string? code, string? message, string where, bool mayHaveCreated)
    {
        var redactedCode = _redactor.Redact(code);
        var redactedMessage = Truncate(_redactor.Redact(message));
        return new Failure(KindOfUpstreamCode(redactedCode), $"{where} carried the error {Said(200, redactedCode, redactedMessage)}", retryable: false, mayHaveCreatedTask: mayHaveCreated, statusCode: 200, apiCode: redactedCode, apiMessage: redactedMessage);
    }

    /// <summary>
    /// The kind of an upstream images API error code (API-NOTES, "Errors"): a rate limit (<c>…RateLimitExceeded</c>),
    /// an internal error (<c>InternalServiceError</c>), a refused key (<c>Authentication…</c>, <c>…ApiKey…</c>, <c>Unauthorized</c>),
    /// a request the API will not take as it is (<c>BadRequest</c>, <c>InvalidParameter</c>, <c>Invalid…</c>, a content-policy
    /// <c>…SensitiveContentDetected</c>); any other code is a server error.
    /// </summary>
    /// <param name="code">The code, or <see langword="null"/>.</param>
    public static SeedreamErrorKind KindOfUpstreamCode(string? code)
    {
        var text = code ?? string.Empty;
        bool Has(string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
        if (Has("RateLimit"))
        {
            return SeedreamErrorKind.RateLimited;
        }

        if (Has("Authentication") || Has("ApiKey") || Has("Unauthorized"))
        {
            return SeedreamErrorKind.Authentication;
        }

        if (Has("Sensitive") || Has("BadRequest") || text.StartsWith("Invalid", StringComparison.OrdinalIgnoreCase))
        {
            return SeedreamErrorKind.InvalidRequest;
        }

        return SeedreamErrorKind.Server;
    }

    private Failure FromAnswer(SeedreamApiException answer, ApiCall call, string? taskId)
    {
        var status = answer.StatusCode;
        var retryAfter = RetryAfter.From(answer.Headers, _time.GetUtcNow());
        var detail = ReadDetail(answer);
        var code = _redactor.Redact(detail?.Code);
        var message = Truncate(_redactor.Redact(detail?.Message));
        var envelope = detail is not null || ApiAnswerText.IsErrorEnvelope(answer.Response);
        var success = status >= 200 && status < 300;

        if (call.IsCreate)
        {
            var mayResend = status == 429 || (status == 503 && envelope);
            if (mayResend || (status >= 400 && status < 500) || (success && envelope))
            {
                var kind = success ? SeedreamErrorKind.InvalidRequest : KindOf(status);
                return new Failure(kind, Said(status, code, message), mayResend, statusCode: status, retryAfter: retryAfter, apiCode: code, apiMessage: message, timeout: TimeoutOf(kind, call));
            }

            var what = success
                ? "an answer that could not be read as a task"
                : status >= 300 && status < 400 ? "a redirect" : envelope ? "a server error" : "a server error page that is not the API's JSON (a gateway or proxy)";
            return new Failure(
                KindOf(status),
                $"the API answered HTTP {status}, {what}",
                retryable: false,
                mayHaveCreatedTask: true,
                statusCode: status,
                taskId: _redactor.Redact(ApiAnswerText.TaskIdIn(answer.Response)),
                retryAfter: retryAfter,
                apiCode: code,
                apiMessage: message);
        }

        if (success)
        {
            return new Failure(SeedreamErrorKind.InvalidResponse, $"the API's answer (HTTP {status}) could not be read as the documented JSON", retryable: true, statusCode: status, taskId: taskId);
        }

        if (status == 404 && taskId is not null && _fresh.Age(taskId) is TimeSpan age)
        {
            return new Failure(
                SeedreamErrorKind.NotFound,
                $"the task was created {age.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s ago and is not visible yet (HTTP 404); polling again until {FreshTasks.GraceWindow.TotalSeconds:0} s after its submit",
                retryable: true,
                statusCode: status,
                taskId: taskId,
                apiCode: code,
                apiMessage: message);
        }

        var retryable = status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
        var statusKind = KindOf(status);
        return new Failure(statusKind, Said(status, code, message), retryable, statusCode: status, taskId: taskId, retryAfter: retryAfter, apiCode: code, apiMessage: message, timeout: TimeoutOf(statusKind, call));
    }

    private Failure FromUnusable(UnusableAnswerException unusable, ApiCall call, string? taskId)
    {
        var what = _redactor.Redact(unusable.Message)!;
        return call.IsCreate
            ? new Failure(SeedreamErrorKind.InvalidResponse, what, retryable: false, mayHaveCreatedTask: true, statusCode: unusable.StatusCode, taskId: _redactor.Redact(ApiAnswerText.TaskIdIn(unusable.PartialBody)), cause: _redactor.Guard(unusable))
            : new Failure(SeedreamErrorKind.InvalidResponse, what, retryable: false, statusCode: unusable.StatusCode, taskId: taskId, cause: _redactor.Guard(unusable));
    }

    private Failure FromTimeout(OperationCanceledException timedOut, ApiCall call, string? taskId)
    {
        var seconds = call.AttemptTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return call.IsCreate
            ? new Failure(SeedreamErrorKind.RequestTimeout, $"no complete answer within {seconds} s", retryable: false, mayHaveCreatedTask: true, taskId: _redactor.Redact(TaskIdOfStall(timedOut)), cause: _redactor.Guard(timedOut), timeout: call.AttemptTimeout)
            : new Failure(SeedreamErrorKind.RequestTimeout, $"no answer within {seconds} s", retryable: true, taskId: taskId, cause: _redactor.Guard(timedOut), timeout: call.AttemptTimeout);
    }

    private Failure FromNetwork(Exception exception, ApiCall call, string? taskId)
    {
        var nothingSent = ConnectionFailure.CertainlyNotSent(exception);
        var reason = exception.GetType().Name + ": " + _redactor.Redact(exception.Message);
        var what = nothingSent ? $"could not connect ({reason}); nothing was sent" : $"the connection broke ({reason})";
        var mayHaveCreated = call.IsCreate && !nothingSent;
        return new Failure(
            SeedreamErrorKind.Network,
            what,
            retryable: nothingSent || !call.IsCreate,
            mayHaveCreatedTask: mayHaveCreated,
            taskId: taskId,
            cause: _redactor.Guard(exception),
            nothingSent: nothingSent);
    }

    private static SeedreamErrorKind KindOf(int status) => status switch
    {
        401 => SeedreamErrorKind.Authentication,
        402 => SeedreamErrorKind.InsufficientBalance,
        404 => SeedreamErrorKind.NotFound,
        408 => SeedreamErrorKind.RequestTimeout,
        429 => SeedreamErrorKind.RateLimited,
        >= 500 => SeedreamErrorKind.Server,
        >= 400 => SeedreamErrorKind.InvalidRequest,
        _ => SeedreamErrorKind.InvalidResponse,
    };

    private static TimeSpan? TimeoutOf(SeedreamErrorKind kind, ApiCall call) =>
        kind == SeedreamErrorKind.RequestTimeout ? call.AttemptTimeout : null;

    /// <summary>What the API said: <c>HTTP 400 invalid_parameter: size 7:3 is not supported</c>.</summary>
    private static string Said(int status, string? code, string? message)
    {
        var text = "HTTP " + status.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(code))
        {
            text += " " + code;
        }

        return string.IsNullOrEmpty(message) ? text : text + ": " + message;
    }

    /// <summary>The task id read from the part of a body that arrived before it stalled, when any.</summary>
    private static string? TaskIdOfStall(Exception exception)
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

    private static ErrorDetail? ReadDetail(SeedreamApiException answer)
    {
        if (answer is SeedreamApiException<ErrorResponse> typed && typed.Result?.Error is { } detail)
        {
            return detail;
        }

        var body = answer.Response;
        if (string.IsNullOrWhiteSpace(body) || body!.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<ErrorResponse>(body, Settings)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Truncate(string? text) =>
        text is null || text.Length <= MaxApiMessageLength ? text : text.Substring(0, MaxApiMessageLength) + "…";
}
