namespace Seedream.Fuzz.Tests.Client;

/// <summary>How a scripted answer breaks on the way, if it does.</summary>
internal enum TransportFault
{
    None,
    FailBeforeAnswer,
    BreakMidBody,
}
