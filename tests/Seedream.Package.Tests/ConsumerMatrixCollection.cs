using Xunit;

namespace Seedream.Package.Tests;

/// <summary>The tests that read the builds of <see cref="ConsumerMatrixFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerMatrixCollection : ICollectionFixture<ConsumerMatrixFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Consumer matrix";
}
