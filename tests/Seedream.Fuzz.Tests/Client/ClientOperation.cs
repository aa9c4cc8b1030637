namespace Seedream.Fuzz.Tests.Client;

/// <summary>What a client fuzz case asks of the client.</summary>
internal enum ClientOperation
{
    Submit,
    Get,
    Cancel,
    WaitAndSave,
    Stream,
    Generate,
}
