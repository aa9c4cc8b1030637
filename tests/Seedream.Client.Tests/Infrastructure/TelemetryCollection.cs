using Xunit;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>Tests that listen to the client's process-wide instruments run alone.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection
{
}
