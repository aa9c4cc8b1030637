using System;

namespace Seedream.Emulator;

/// <summary>The configured quota cannot pay for a task; the emulator answers 402.</summary>
internal sealed class InsufficientQuotaException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the task costs and what is left.</param>
    public InsufficientQuotaException(string message)
        : base(message)
    {
    }
}
