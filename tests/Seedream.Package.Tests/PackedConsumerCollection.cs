using Xunit;

namespace Seedream.Package.Tests;

/// <summary>The tests that share one packed feed and one restored consumer; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackedConsumerCollection : ICollectionFixture<PackedConsumerFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed consumer";
}
