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

    /// <summary>
    /// The cause to keep as a <see cref="SeedreamException"/>'s inner exception: <paramref name="cause"/> itself when the
    /// key is nowhere in its <c>ToString()</c> (inner exceptions included), else a <see cref="RedactedCauseException"/>
    /// with its type and redacted message.
    /// </summary>
    /// <param name="cause">The exception that caused a failure, from inside the client or from the network.</param>
    public Exception? Guard(Exception? cause)
    {
        if (cause is null || _apiKey is null || cause.ToString().IndexOf(_apiKey, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return cause;
        }

        var text = cause.Message;
        for (var inner = cause.InnerException; inner is not null; inner = inner.InnerException)
        {
            text += " ---> " + inner.GetType().Name + ": " + inner.Message;
        }

        return new RedactedCauseException(cause.GetType().FullName!, Redact(text)!);
    }
}
