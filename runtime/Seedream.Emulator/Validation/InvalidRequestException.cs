using System;

namespace Seedream.Emulator;

/// <summary>A create request the emulator rejects with 400; the message names the parameter, the value given and the values allowed.</summary>
internal sealed class InvalidRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong, where, and what is allowed.</param>
    public InvalidRequestException(string message)
        : base(message)
    {
    }
}
