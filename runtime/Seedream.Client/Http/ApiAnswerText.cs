using System;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Http;

/// <summary>
/// Reads what a raw (possibly partial, possibly not JSON) API answer body says: whether it is the API's
/// explicit error envelope, and which task id it names.
/// </summary>
internal static class ApiAnswerText
{
    private const int MaxIdLength = 256;

    private static readonly Regex TaskIdField = new Regex("\"task_id\"\\s*:\\s*\"([^\"\\\\]{1,256})\"", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex SuccessEnvelope = new Regex("\"code\"\\s*:\\s*\"success\"\\s*,\\s*\"data\"\\s*:\\s*\"([^\"\\\\]{1,256})\"", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Whether <paramref name="body"/> is the API's explicit error: <c>{"error": …}</c>, or
    /// <c>{"code": &lt;anything but "success"&gt;, …}</c> without a task id. Such an answer created nothing.
    /// </summary>
    public static bool IsErrorEnvelope(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body!.TrimStart()[0] != '{')
        {
            return false;
        }

        JObject answer;
        try
        {
            answer = JObject.Parse(body);
        }
        catch (JsonException)
        {
            return false;
        }

        if (answer["task_id"] is { Type: JTokenType.String })
        {
            return false;
        }

        if (answer["error"] is { } error && error.Type is JTokenType.Object or JTokenType.String)
        {
            return true;
        }

        return answer["code"] is { } code && code.Type != JTokenType.Null &&
               !string.Equals(code.ToString().Trim(), "success", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The task id a body names (<c>"task_id": "…"</c>, or the <c>{"code":"success","data":"…"}</c> envelope), even when cut off; else <see langword="null"/>.</summary>
    public static string? TaskIdIn(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        var match = TaskIdField.Match(body);
        if (!match.Success)
        {
            match = SuccessEnvelope.Match(body);
        }

        var id = match.Success ? match.Groups[1].Value.Trim() : null;
        return string.IsNullOrEmpty(id) || id!.Length > MaxIdLength ? null : id;
    }
}
