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
        if (text is null || _apiKey is null || text.IndexOf(_apiKey, StringComparison.Ordinal) < 0)
        {
            return text;
        }

        return text.Replace(_apiKey, Mask);
    }
}
