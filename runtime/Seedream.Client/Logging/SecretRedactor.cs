using System;

namespace Seedream.Logging;

/// <summary>
/// Removes the API key from text that came from elsewhere (an error body that echoes the request,
/// an exception message) before it reaches an exception message or a log line.
/// </summary>
internal sealed class SecretRedactor
{
    private const string Mask = "[redacted]";
    private readonly string? _apiKey;

    public SecretRedactor(string? apiKey)
    {
        _apiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey;
    }

    public string? Redact(string? text)
    {
        // Any letter case: a server that upper-cases what it echoes still echoes the key.
        var at = text is null || _apiKey is null ? -1 : text.IndexOf(_apiKey, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return text;
        }

        var redacted = new System.Text.StringBuilder(text!.Length);
        var from = 0;
        for (; at >= 0; at = text.IndexOf(_apiKey!, from, StringComparison.OrdinalIgnoreCase))
        {
            redacted.Append(text, from, at - from).Append(Mask);
            from = at + _apiKey!.Length;
        }

        return redacted.Append(text, from, text.Length - from).ToString();
    }
}
