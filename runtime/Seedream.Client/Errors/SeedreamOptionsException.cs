using System;

namespace Seedream;

/// <summary>
/// An option of <see cref="SeedreamClientOptions"/> (or of the polling options given to one wait) has a value the client
/// cannot use; nothing was sent. A program reads <see cref="Option"/> and <see cref="Allowed"/> instead of the message,
/// which is for people. Thrown by the <see cref="SeedreamClient"/> constructor and, through <c>AddSeedream</c>'s
/// options validation, when the options are first read.
/// </summary>
public sealed class SeedreamOptionsException : ArgumentException
{
    /// <summary>Creates the error.</summary>
    /// <param name="option">The option as configuration names it, e.g. <c>ApiKey</c>, <c>BaseUrl</c> or <c>Polling.Timeout</c>.</param>
    /// <param name="allowed">What the option allows, e.g. <c>at least 1</c>.</param>
    /// <param name="message">The whole sentence: the option, what is wrong with its value, and what is allowed (never the API key).</param>
    public SeedreamOptionsException(string option, string allowed, string message)
        : base(message)
    {
        Option = option ?? throw new ArgumentNullException(nameof(option));
        Allowed = allowed ?? throw new ArgumentNullException(nameof(allowed));
    }

    /// <summary>The option as configuration names it (the key under the <c>Seedream</c> section, <c>:</c> written as <c>.</c>), e.g. <c>ApiKey</c>, <c>BaseUrl</c> or <c>Retry.MaxAttempts</c>.</summary>
    public string Option { get; }

    /// <summary>What the option allows, as a phrase, e.g. <c>at least 1</c> or <c>an absolute https URL</c>.</summary>
    public string Allowed { get; }
}
