namespace Seedream.Testing.Sockets;

/// <summary>A way a client call on hostile sockets broke its promises.</summary>
public enum Violation
{
    /// <summary>The call ran past its documented bound + <see cref="CallBounds.Slack"/>.</summary>
    Hang,

    /// <summary>A create reached the server again after an answer that may have created a task.</summary>
    UnsafeResend,

    /// <summary>A file was saved under the name of a task id that was not asked for.</summary>
    MisnamedFile,

    /// <summary>A file that is no image was saved as a success.</summary>
    NonImageSaved,

    /// <summary>The API key, in some letter case, was in an exception's text, a log line, a file name or CLI output.</summary>
    Leak,

    /// <summary>Something other than a <c>SeedreamException</c> escaped the call (or the CLI exited with an undocumented code).</summary>
    UntypedEscape,
}
