namespace Seedream.Testing.Sockets;

/// <summary>A request the hostile server received and the answer it gave.</summary>
/// <param name="Request">The request as read off the socket.</param>
/// <param name="Answer">What the script answered.</param>
public sealed record Exchange(SeenRequest Request, Answer Answer);
