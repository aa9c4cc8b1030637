using System;

namespace Seedream.Logging;

/// <summary>
/// Stands in for an exception whose text (its message, or any inner exception's) quoted the API key: a host name or
/// a JSON path taken from what a server sent can echo it. Keeps the original's type name and its redacted message;
/// drops the rest, so a SeedreamException's <c>ToString()</c> and its inner chain never show the key.
/// </summary>
internal sealed class RedactedCauseException : Exception
{
    public RedactedCauseException(string originalType, string redactedText)
        : base($"{originalType} (its text quoted the API key, which is redacted): {redactedText}")
    {
        OriginalType = originalType;
    }

    /// <summary>The full name of the exception this one stands in for.</summary>
    public string OriginalType { get; }
}
