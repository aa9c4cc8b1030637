namespace Seedream.Testing.Sockets;

/// <summary>How an <see cref="Answer.Wire"/> answer sends its body and how its connection ends.</summary>
public enum Delivery
{
    /// <summary>The body at once, then the connection closes.</summary>
    Close,

    /// <summary>The body at once, then nothing more, ever (the connection stays open).</summary>
    Stall,

    /// <summary>The body at once, then the connection is reset (TCP RST) instead of closed.</summary>
    Reset,

    /// <summary>The body one byte at a time, with a pause after each, then the connection closes.</summary>
    Trickle,
}
