using System.Collections.Generic;
using System.Linq;
using Seedream.Batch.Input;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Batch.Tests;

public sealed class BatchFileReaderTests : System.IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public void InvalidLines_AreReportedWithTheirLineNumbers_AndWhatIsAllowed()
    {
        var path = _folder.WriteBatch(
            "jobs.jsonl",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"fine\"}",
            "# a comment",
            "not json",
            "{\"model\": \"seedream-5.0\"}",
            "{\"model\": \"seedream-4.5\", \"prompt\": \"x\", \"resolution\": \"3K\"}",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"x\", \"promt\": \"typo\"}",
            "",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"x\", \"n\": \"two\"}",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"x\", \"image_urls\": [\"not a url\"]}");

        var input = BatchFileReader.Read(path, SeedreamModelCatalog.Shipped);

        Assert.Equal(new[] { 1 }, input.Lines.Select(l => l.LineNumber));
        var problems = input.Problems.ToDictionary(p => p.LineNumber, p => p.Message);
        Assert.Equal(new[] { 3, 4, 5, 6, 8, 9 }, problems.Keys.OrderBy(k => k));
        Assert.Contains("not valid JSON", problems[3], System.StringComparison.Ordinal);
        Assert.Contains("'prompt' is required", problems[4], System.StringComparison.Ordinal);
        Assert.Contains("2K, 4K", problems[5], System.StringComparison.Ordinal);
        Assert.Contains("'promt'", problems[6], System.StringComparison.Ordinal);
        Assert.Contains("'n' must be a whole number", problems[8], System.StringComparison.Ordinal);
        Assert.Contains("image_urls", problems[9], System.StringComparison.Ordinal);
        Assert.Equal("line 5: " + problems[5], input.Problems.Single(p => p.LineNumber == 5).ToString());
    }

    [Fact]
    public void LinesThatAreNotUtf8_AreProblemsNamingTheLineAndByte_NeverReadWithReplacementCharacters()
    {
        var path = _folder.Combine("latin1.jsonl");
        var utf8 = System.Text.Encoding.UTF8;
        System.IO.File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(utf8.GetBytes("{\"model\": \"seedream-5.0\", \"prompt\": \"café\"}\n"))
            .Concat(utf8.GetBytes("{\"model\": \"seedream-5.0\", \"prompt\": \"caf")).Concat(new byte[] { 0xE9 }).Concat(utf8.GetBytes("\"}\r\n"))
            .ToArray());

        var input = BatchFileReader.Read(path, SeedreamModelCatalog.Shipped);

        Assert.Equal("café", Assert.Single(input.Lines).Prompt);
        var problem = Assert.Single(input.Problems);
        Assert.Equal(2, problem.LineNumber);
        Assert.StartsWith("not UTF-8 text: byte 41 of the line (0xE9)", problem.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', problem.Message);
    }

    [Fact]
    public void ControlCharactersFromTheFile_AreShownEscapedInProblems()
    {
        var path = _folder.WriteBatch(
            "jobs.jsonl",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"x\", \"resolution\": \"4K\\u001b[2J\\u0007\"}",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"x\", \"bad\\u001b]0;owned\\u0007\": 1}");

        var input = BatchFileReader.Read(path, SeedreamModelCatalog.Shipped);

        Assert.Equal(2, input.Problems.Count);
        Assert.Contains("4K\\x1B[2J\\x07", input.Problems[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("bad\\x1B]0;owned\\x07", input.Problems[1].Message, System.StringComparison.Ordinal);
        Assert.All(input.Problems, p => Assert.DoesNotContain(p.ToString(), char.IsControl));
    }

    [Fact]
    public void WireFields_AreRead_WithExtraFlattenedToDottedPaths_AndToolsAsTypes()
    {
        var path = _folder.WriteBatch(
            "jobs.jsonl",
            "{\"name\": \"hero\", \"model\": \"seedream-5.0\", \"prompt\": \"一只柴犬\", \"size\": \"16:9\", \"resolution\": \"3K\", \"n\": 2, \"watermark\": false, " +
            "\"image_urls\": [\"https://example.com/a.png\"], \"extra\": {\"output_format\": \"png\", \"optimize_prompt_options\": {\"mode\": \"standard\"}, \"tools\": [{\"type\": \"web_search\"}]}}");

        var line = Assert.Single(BatchFileReader.Read(path, SeedreamModelCatalog.Shipped).Lines);

        Assert.Equal(("hero", "seedream-5.0", "一只柴犬", "16:9", "3K", 2, false), (line.Name, line.Model, line.Prompt, line.Size, line.Resolution, line.ImageCount, line.Watermark));
        Assert.Equal(new[] { "https://example.com/a.png" }, line.ImageUrls);
        var extras = line.Extras.ToDictionary(e => e.Path, e => e.Value);
        Assert.Equal("png", extras["output_format"]);
        Assert.Equal("standard", extras["optimize_prompt_options.mode"]);
        Assert.Equal(new[] { "web_search" }, (IReadOnlyList<string>)extras["tools"]);
    }

    [Fact]
    public void Lines_AreCheckedAgainstTheCatalogGiven_SoAProjectTableIsKnownOnlyWhereItWasAdded()
    {
        var path = _folder.WriteBatch(
            "jobs.jsonl",
            $"{{\"model\": \"{ProjectTables.ModelId}\", \"prompt\": \"fine\", \"size\": \"7:3\", \"extra\": {{\"strength\": 0.5}}}}",
            $"{{\"model\": \"{ProjectTables.ModelId}\", \"prompt\": \"x\", \"extra\": {{\"strength\": 2}}}}");

        var withTable = BatchFileReader.Read(path, SeedreamModelCatalog.Create(new[] { ProjectTables.Table }));
        var shippedOnly = BatchFileReader.Read(path, SeedreamModelCatalog.Shipped);

        Assert.Equal(new[] { 1 }, withTable.Lines.Select(l => l.LineNumber));
        Assert.Contains("accepts a number from 0 to 1", Assert.Single(withTable.Problems).Message, System.StringComparison.Ordinal);
        Assert.Empty(shippedOnly.Lines);
        Assert.All(shippedOnly.Problems, p => Assert.Contains($"model '{ProjectTables.ModelId}' is not known", p.Message, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../etc/passwd", "etc_passwd")]
    [InlineData("cat: <b>bold</b>?", "cat_b_bold_b")]
    [InlineData("...", "image")]
    [InlineData("柴犬 01", "柴犬_01")]
    public void Names_AreSanitised_ToSafeFileStems(string name, string expected) =>
        Assert.Equal(expected, OutputNames.Sanitise(name));

    [Fact]
    public void Names_ThatCollide_IgnoringCase_GetNumberedSuffixes_AndLinesWithoutANameGetTheirLineNumber()
    {
        var taken = OutputNames.NewSet();

        var names = new[] { OutputNames.Assign("Cat", 1, 1, taken), OutputNames.Assign("cat", 2, 1, taken), OutputNames.Assign("CAT", 3, 1, taken), OutputNames.Assign(null, 4, 1, taken), OutputNames.Assign("line-4", 5, 1, taken) };

        Assert.Equal(new[] { "Cat", "cat-2", "CAT-3", "line-4", "line-4-2" }, names);
    }

    public void Dispose() => _folder.Dispose();
}
