using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>
/// Each call a model does not accept fails the consumer's build with the generator's diagnostic and a
/// message that names the models which do accept it. The five calls sit in five files of one failing build.
/// Another model's option is not generated at all, so the compiler's own error (CS1061, CS0117) stands, and the
/// Seedream analyzer adds the teaching SEEDREAM107/108 error on the same line.
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
    /// Each file, the compiler's own error expected there (<see langword="null"/> when the only error is the
    /// generator's), the SEEDREAM error, and phrases its message must hold: the models that do support the option.
    /// </summary>
    public static TheoryData<string, string?, string, string[]> Restrictions => new()
    {
        { "WebSearchOnSeedream45.cs", "CS1061", "SEEDREAM107", new[] { "seedream-4.5 does not support WebSearch", "Supported by: seedream-5.0" } },
        { "Resolution4KOnSeedream50.cs", "CS0117", "SEEDREAM108", new[] { "seedream-5.0 does not support resolution 4K", "seedream-4.0", "seedream-4.5" } },
        { "FastPromptOptimizationOnSeedream50.cs", "CS0117", "SEEDREAM108", new[] { "seedream-5.0 does not support", "seedream-4.0" } },
        { "GuidanceScale11OnSeedream40.cs", null, "SEEDREAM101", new[] { "GuidanceScale is 11", "seedream-4.0 accepts a number from 1 to 10." } },
        { "FifteenReferenceImagesOnSeedream45.cs", null, "SEEDREAM102", new[] { "15 reference images", "seedream-4.5 accepts at most 14" } },
    };

    [Theory]
    [MemberData(nameof(Restrictions))]
    public async Task RestrictedCall_FailsTheBuild_WithTheCompilersErrorAndATeachingErrorOnOneLine(string file, string? compilerId, string seedreamId, string[] expectedPhrases)
    {
        var build = await _consumer.BuildOnceAsync(nameof(RestrictionTests), BuildWithRestrictedCallsAsync);

        Assert.False(build.Succeeded, build.Describe());
        var errors = BuildDiagnostic.ErrorsIn(build.Output).Where(error => error.FileName == file).ToList();
        Assert.Equal(compilerId is null ? new[] { seedreamId } : new[] { compilerId, seedreamId }, errors.Select(error => error.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Single(errors.Select(error => error.Line).Distinct());
        var teaching = errors.Single(error => error.Id == seedreamId);
        foreach (var phrase in expectedPhrases)
        {
            Assert.Contains(phrase, teaching.Message);
        }
    }

    [Fact]
    public async Task RestrictedCalls_AreTheOnlyErrors_OfTheFailingBuild()
    {
        var build = await _consumer.BuildOnceAsync(nameof(RestrictionTests), BuildWithRestrictedCallsAsync);

        var errorFiles = BuildDiagnostic.ErrorsIn(build.Output).Select(error => error.FileName).Distinct().OrderBy(name => name);
        Assert.Equal(RestrictedFiles.OrderBy(name => name), errorFiles);
    }

    private async Task<CommandResult> BuildWithRestrictedCallsAsync()
    {
        using var files = _consumer.AddFiles(RestrictedFiles.Select(file => ("Restricted/" + file, "Restricted/" + file)).ToArray());
        return await _consumer.BuildAsync();
    }
}
