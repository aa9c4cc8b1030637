using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Contract.Tests.Repository;

/// <summary>What the repository's docs, comments and tests say is true of the repository itself.</summary>
public sealed class RepositoryTextTests
{
    private static readonly Regex ScannedFile = new(@"\.(cs|md|csproj|props|targets|json|sh)$", RegexOptions.CultureInvariant);

    private static readonly Regex History = new(@"\bissues? #?\d+|\breviewers?\b|\bregression for\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public async Task EveryRepositoryFileThatDocsAndCommentsName_Exists()
    {
        var tracked = await TrackedFiles.OfRepositoryAsync();

        var missing = Scanned(tracked, withRoot: true, "generator/", "runtime/", "spec/", "tests/")
            .SelectMany(path => FileReferences.Missing(path, TrackedFiles.Read(path), tracked).Select(name => $"{path}: {name}"))
            .ToList();

        Assert.True(missing.Count == 0, "These files name repository files that do not exist (cite what is in the repository, or the outside source by its own name):\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task NoSourceOrTest_TellsHowItCameToBe()
    {
        var tracked = await TrackedFiles.OfRepositoryAsync();

        var told = Scanned(tracked, withRoot: false, "generator/", "runtime/", "tests/")
            .SelectMany(path => Lines(path).Where(line => History.IsMatch(line.Text)).Select(line => $"{path}:{line.Number}: {History.Match(line.Text).Value}"))
            .ToList();

        Assert.True(told.Count == 0, "Say what the code or test is and checks, not which issue or review it came from:\n" + string.Join('\n', told));
    }

    [Theory]
    [InlineData("runtime/Seedream.Client/Seedream.Client.csproj", "<!-- The rules (see CONVENTIONS.md). -->", "CONVENTIONS.md")]
    [InlineData("runtime/Seedream.Client/Thing.cs", "/// <summary>As API-NOTES.md says.</summary>", "API-NOTES.md")]
    [InlineData("README.md", "The saver is `runtime/Seedream.Client/Results/Gone.cs`.", "runtime/Seedream.Client/Results/Gone.cs")]
    [InlineData("README.md", "See [the tests](tests/Seedream.Gone.Tests/).", "tests/Seedream.Gone.Tests/")]
    [InlineData("runtime/Seedream.Client/Seedream.Client.csproj", "<!-- Linked from ../Shared/Gone.cs. -->", "../Shared/Gone.cs")]
    [InlineData("runtime/Seedream.Client/Results/Thing.cs", "// Written like Http/Gone.cs.", "Http/Gone.cs")]
    [InlineData("runtime/Seedream.Client/Thing.cs", "var a = 1; // After ImageSaver.cs.", "ImageSaver.cs")]
    [InlineData("runtime/Seedream.Client/run.sh", "echo 1 # as in spec/gone.json", "spec/gone.json")]
    [InlineData("spec/x.openapi.json", "{\"description\": \"Sources: spec/gone.openapi.json.\"}", "spec/gone.openapi.json")]
    public void AMissingFile_IsNamed(string path, string text, string expected)
    {
        Assert.Equal(new[] { expected }, FileReferences.Missing(path, text, Repository));
    }

    [Theory]
    [InlineData("README.md", "See `runtime/Seedream.Client/Http/Transport.cs`, `runtime/Shared/`, `spec/models/*.json` and `tests/**/*.cs`.")]
    [InlineData("runtime/Seedream.Client/Seedream.Client.csproj", "<!-- Linked from ../Shared/RetryAfter.cs and ../../generator/Seedream.Generators/Rules/*.cs. -->")]
    [InlineData("runtime/Seedream.Client/Results/Thing.cs", "/// <summary>Like Http/Transport.cs and README.md, emitted as Seedream50.g.cs.</summary>")]
    [InlineData("runtime/Seedream.Client/Thing.cs", "var text = \"see CONVENTIONS.md and runtime/Gone.cs\"; var c = '\"'; var u = @\"runtime/\"\"Gone.cs\";")]
    [InlineData("runtime/Seedream.Client/Thing.cs", "var raw = \"\"\"\n  // runtime/Gone.cs\n  \"\"\";")]
    [InlineData("runtime/Seedream.Client/Thing.cs", "var url = \"https://example.test/a.cs\"; // From https://github.com/dotnet/runtime/blob/main/src/libraries/x/Gone.cs.")]
    [InlineData("README.md", "Put your table in `models/my-model.json` beside `../Directory.Build.props`; it writes `./seedream-output/`.")]
    [InlineData("README.md", "The table's `\"$schema\": \"../model-table.schema.json\"` points at the schema.")]
    [InlineData("runtime/Seedream.Client/run.sh", "cat spec/gone.json # prints it")]
    public void AnExistingFileOrOneOutsideTheRepository_IsNotNamed(string path, string text)
    {
        Assert.Empty(FileReferences.Missing(path, text, Repository));
    }

    [Theory]
    [InlineData("// Issue" + " 21, item 9: the poll is retried.")]
    [InlineData("/// <summary>A review" + "er found this.</summary>")]
    [InlineData("public void Saves() { } // regression" + " for #13")]
    public void HistoryWording_IsFound(string line) => Assert.Matches(History, line);

    [Theory]
    [InlineData("// A status poll that fails is retried; item *k* of a set carries k + 1 squares.")]
    [InlineData("/// <summary>The issues a table has, each at its line.</summary>")]
    public void PlainWording_IsNotHistory(string line) => Assert.DoesNotMatch(History, line);

    private static TrackedFiles Repository { get; } = new(new[]
    {
        "README.md",
        "runtime/Seedream.Client/Seedream.Client.csproj",
        "runtime/Seedream.Client/Http/Transport.cs",
        "runtime/Seedream.Client/Results/Saver.cs",
        "runtime/Shared/RetryAfter.cs",
        "generator/Seedream.Generators/Rules/SeedreamRules.cs",
        "spec/models/seedream-5.0.json",
        "spec/model-table.schema.json",
        "tests/Seedream.Client.Tests/SaverTests.cs",
    });

    /// <summary>The C#, Markdown, MSBuild, JSON and shell files under <paramref name="folders"/>, and at the root if <paramref name="withRoot"/>.</summary>
    private static IEnumerable<string> Scanned(TrackedFiles tracked, bool withRoot, params string[] folders) =>
        tracked.Paths.Where(path => ScannedFile.IsMatch(path)
            && (folders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal)) || (withRoot && !path.Contains('/', StringComparison.Ordinal))));

    private static IEnumerable<(int Number, string Text)> Lines(string path) =>
        TrackedFiles.Read(path).Split('\n').Select((text, index) => (index + 1, text));
}
