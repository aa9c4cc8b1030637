using System;

namespace Seedream.Emulator;

/// <summary>A request the emulated upstream images API refuses with 400: its code, the field at fault, and what is allowed.</summary>
internal sealed class ArkRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The upstream error code, e.g. <c>InvalidParameter</c> or <c>InvalidImageURL.EmptyURL</c>.</param>
    /// <param name="param">The request field at fault, e.g. <c>size</c>; <see langword="null"/> when the body as a whole is.</param>
    /// <param name="message">What was wrong, where, and what is allowed.</param>
    public ArkRequestException(string code, string? param, string message)
        : base(message)
    {
        Code = code;
        Param = param;
    }

    /// <summary>The upstream error code.</summary>
    public string Code { get; }

    /// <summary>The request field at fault, if one is.</summary>
    public string? Param { get; }
}
