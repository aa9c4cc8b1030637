using System;
using Newtonsoft.Json;
using Seedream.Logging;
using Seedream.Transport;

namespace Seedream.Errors;

/// <summary>Turns the transport's <see cref="SeedreamApiException"/> into the error type that says what the caller can do.</summary>
internal static class ApiErrorMapper
{
    private const int MaxApiMessageLength = 500;

    private static readonly JsonSerializerSettings Settings = SeedreamJson.CreateSettings();

    /// <summary>The typed error for an answer the transport refused.</summary>
    /// <param name="exception">The transport's error.</param>
    /// <param name="operation">The request, e.g. <c>POST /v1/tasks</c>.</param>
    /// <param name="taskId">The task the request concerned, when known.</param>
    /// <param name="retryAfter">The answer's <c>Retry-After</c>, when it had one.</param>
    /// <param name="redactor">Clears the API key from what the server sent.</param>
    /// <remarks>A create's answer that may have created a task is not mapped here: <see cref="Http.CreateFailures"/> decides those.</remarks>
    public static SeedreamException Map(SeedreamApiException exception, string operation, string? taskId, TimeSpan? retryAfter, SecretRedactor redactor)
    {
        var status = exception.StatusCode;
        var detail = ReadDetail(exception);
        var code = redactor.Redact(detail?.Code);
        var apiMessage = Truncate(redactor.Redact(detail?.Message));
        var said = Describe(status, code, apiMessage);
        var task = taskId is null ? string.Empty : $" (task {redactor.Redact(taskId)})";

        if (status >= 200 && status < 300)
        {
            return new SeedreamServerException($"{operation}{task}: the API's answer (HTTP {status}) could not be read as the documented JSON.", status, null, taskId);
        }

        switch (status)
        {
            case 400:
                return new SeedreamInvalidRequestException($"{operation}{task} was rejected as invalid: {said}. Change the request; sending it again as it is will fail again.", 400, code, apiMessage, taskId);
            case 413:
                return new SeedreamInvalidRequestException($"{operation}{task} was refused as too large: {said}. The server takes no request body this large: make the request smaller (send reference images as links rather than inline data). Sending it again as it is will fail again.", 413, code, apiMessage, taskId);
            case 401:
                return new SeedreamAuthenticationException($"{operation} was refused: the API key is missing or invalid ({said}). Check SeedreamClientOptions.ApiKey.", code, apiMessage);
            case 402:
                return new SeedreamInsufficientBalanceException($"{operation} was refused: the account's balance is insufficient ({said}). Top up, then submit again.", code, apiMessage);
            case 404:
                return new SeedreamNotFoundException($"{operation}{task}: no such task, or it belongs to another API key ({said}).", taskId, code, apiMessage);
            case 429:
                var wait = retryAfter is TimeSpan r ? $" The API asked to wait {r.TotalSeconds:0.#} s." : string.Empty;
                return new SeedreamRateLimitException($"{operation}{task} was rate limited ({said}).{wait}", retryAfter, taskId, code, apiMessage);
        }

        if (status >= 500)
        {
            return new SeedreamServerException($"{operation}{task} failed with a server error ({said}). Try again later.", status, retryAfter, taskId, code, apiMessage);
        }

        return new SeedreamException($"{operation}{task} got an unexpected answer ({said}).", status, code, apiMessage, taskId, mayHaveCreatedTask: false, null);
    }

    private static string Describe(int status, string? code, string? message)
    {
        var text = "HTTP " + status;
        if (!string.IsNullOrEmpty(code))
        {
            text += " " + code;
        }

        return string.IsNullOrEmpty(message) ? text : text + ": " + message;
    }

    private static ErrorDetail? ReadDetail(SeedreamApiException exception)
    {
        if (exception is SeedreamApiException<ErrorResponse> typed && typed.Result?.Error is { } detail)
        {
            return detail;
        }

        var body = exception.Response;
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
