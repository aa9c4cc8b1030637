using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>
/// Each call a model does not accept fails the consumer's build with the generator's diagnostic and a
/// message that names the models which do accept it. The five calls sit in five files of one failing build.
/// </summary>
[Collection(PackedConsumerCollection.Name)]
public sealed class RestrictionTests
{
    private static readonly string[] RestrictedFiles =
    {
        "WebSearchOnSeedream45.cs",
        "Resolution4KOnSeedream50.cs",
        "FastPromptOptimizationOnSeedream50.cs",
        "GuidanceScale11OnSeedream40.cs",
        "FifteenReferenceImagesOnSeedream45.cs",
    };

    private readonly PackedConsumerFixture _consumer;

    public RestrictionTests(PackedConsumerFixture consumer) => _consumer = consumer;

    /// <summary>
    /// Each file, the diagnostic id expected there (<see langword="null"/> where the id is the generator's
    /// business: a restricted option fails through a compiler or analyzer error, whichever the generator
    /// emits), and phrases the message must hold: the models that do support the option.
    /// </summary>
    public static TheoryData<string, string?, string[]> Restrictions => new()
    {
        { "WebSearchOnSeedream45.cs", null, new[] { "seedream-4.5", "seedream-5.0" } },
        { "Resolution4KOnSeedream50.cs", null, new[] { "seedream-5.0", "seedream-4.5", "seedream-4.0" } },
        { "FastPromptOptimizationOnSeedream50.cs", null, new[] { "seedream-5.0", "seedream-4.0" } },
        { "GuidanceScale11OnSeedream40.cs", "SEEDREAM101", new[] { "GuidanceScale is 11", "seedream-4.0 accepts GuidanceScale only in [1, 10]" } },
        { "FifteenReferenceImagesOnSeedream45.cs", "SEEDREAM102", new[] { "15 reference images", "seedream-4.5 accepts at most 14" } },
    };

    [Theory]
    [MemberData(nameof(Restrictions))]
    public async Task RestrictedCall_FailsTheBuild_WithAnErrorInItsFileNamingTheModels(string file, string? expectedId, string[] expectedPhrases)
    {
        var build = await _consumer.BuildOnceAsync(nameof(RestrictionTests), BuildWithRestrictedCallsAsync);

        Assert.False(build.Succeeded, build.Describe());
        var errors = BuildDiagnostic.ErrorsIn(build.Output).Where(error => error.FileName == file).ToList();
        var error = Assert.Single(errors);
        if (expectedId is not null)
        {
            Assert.Equal(expectedId, error.Id);
        }

        foreach (var phrase in expectedPhrases)
        {
            Assert.Contains(phrase, error.Message);
        }
    }

    [Fact]
    public async Task RestrictedCalls_AreTheOnlyErrors_OfTheFailingBuild()
    {
        var build = await _consumer.BuildOnceAsync(nameof(RestrictionTests), BuildWithRestrictedCallsAsync);

        var errorFiles = BuildDiagnostic.ErrorsIn(build.Output).Select(error => error.FileName).OrderBy(name => name);
        Assert.Equal(RestrictedFiles.OrderBy(name => name), errorFiles);
    }

    private async Task<CommandResult> BuildWithRestrictedCallsAsync()
    {
        using var files = _consumer.AddFiles(RestrictedFiles.Select(file => ("Restricted/" + file, "Restricted/" + file)).ToArray());
        return await _consumer.BuildAsync();
    }
}
