using System;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>A real <c>dotnet build</c> of a consumer project runs the generator and the analyzers from the built DLL.</summary>
public sealed class ConsumerBuildTests : IClassFixture<ConsumerProjectFixture>
{
    private readonly ConsumerProjectFixture _consumer;

    public ConsumerBuildTests(ConsumerProjectFixture consumer) => _consumer = consumer;

    [Fact]
    public void ValidCode_Builds()
        => Assert.True(_consumer.ValidBuild.Succeeded, _consumer.ValidBuild.Describe());

    [Fact]
    public void InvalidCode_FailsWithTheCompilersErrorAndTheTeachingError()
    {
        var (_, exitCode, output) = _consumer.InvalidBuild;

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Requests.cs(8,41): error CS1061: 'Seedream45Builder' does not contain a definition for 'WebSearch'", output, StringComparison.Ordinal);
        Assert.Contains("Requests.cs(8,41): error SEEDREAM107: seedream-4.5 does not support WebSearch (extra.tools). Supported by: seedream-5.0.", output, StringComparison.Ordinal);
        Assert.Contains("Requests.cs(11,55): error SEEDREAM101: GuidanceScale is 11, but seedream-4.0 accepts a number from 1 to 10.", output, StringComparison.Ordinal);
    }
}
