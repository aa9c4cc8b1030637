using System;
using System.Text;
using Xunit;

namespace Seedream.Fuzz.Tests.Tables;

/// <summary>
/// Fixed cases the table fuzz found or circles around: text from a table lands in XML documentation
/// and C# string literals of the generated code, and no character in it may break that code.
/// </summary>
public sealed class TableTextEscapingTests
{
    private static readonly GeneratorHarness Harness = new();

    [Theory]
    [InlineData("a\\u2029b")] // Fuzz seed 20261124, case 67: C# reads U+2029 as a line break, ending the /// comment.
    [InlineData("a\\u2028b")]
    [InlineData("a\\u0085b")]
    [InlineData("a\\r\\nb")]
    [InlineData("a\\fb")] // Full run, seed 20261124, case 3246: U+000C is not allowed in XML, so the doc comment is CS1570.
    [InlineData("a\\u0001b")]
    [InlineData("\\uD800")] // Full run, seed 20261124, case 3690: a lone surrogate is not allowed in XML either.
    [InlineData("😀 keeps its surrogate pair")]
    [InlineData("</summary> <b> & \\\" \\\\ */")]
    [InlineData("中文描述，带标点。")]
    public void ValueDescription_WithAnyText_GeneratesCodeThatCompiles(string jsonEscapedDescription)
    {
        var table = Encoding.UTF8.GetString(ShippedTables.Bytes[0]);
        const string original = "\"A download link, valid for 24 hours.\"";
        Assert.Contains(original, table, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(table.Replace(original, "\"" + jsonEscapedDescription + "\"", StringComparison.Ordinal));

        var (result, output) = Harness.Run(0, bytes);

        Assert.Null(result.Results[0].Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.GeneratedCodeProblems(output, result));
    }
}
