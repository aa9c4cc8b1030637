using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Seedream.Fuzz.Tests.Tables;

/// <summary>
/// Fixed cases the 100,000-case table run found: a table the generator accepts must generate code
/// that compiles; if it cannot, the table must be refused with an error located in it.
/// </summary>
public sealed class TableEdgeValueTests
{
    private static readonly GeneratorHarness Harness = new();

    [Theory]
    [InlineData("\"maximum\": 10", "\"maximum\": 1e999")] // Full run, seed 20261124, cases 37401 and 70704: "InfinityD" in the builder (CS0103).
    [InlineData("\"minimum\": 1", "\"minimum\": -1e999")]
    [InlineData("\"resolutions\": [\"1K\", \"2K\", \"4K\"]", "\"resolutions\": [\"1K\", \"2K\", \"4K|\"]")] // Case 14466: "4K" (4.5) and "4K|" (4.0) both became Seedream50Resolution.Res4K (CS0102).
    public void EditedTable_IsEitherRefusedWithALocatedError_OrGeneratesCodeThatCompiles(string original, string edited)
    {
        var table = Encoding.UTF8.GetString(ShippedTables.Bytes[0]);
        Assert.Contains(original, table, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(table.Replace(original, edited, StringComparison.Ordinal));

        var (result, output) = Harness.Run(0, bytes);

        Assert.Null(result.Results[0].Exception);
        if (result.Diagnostics.IsEmpty)
        {
            Assert.Empty(GeneratorHarness.GeneratedCodeProblems(output, result));
        }
        else
        {
            var tables = Enumerable.Range(0, ShippedTables.FileNames.Length).Select(ShippedTables.VirtualPath).ToList();
            Assert.All(result.Diagnostics, diagnostic =>
            {
                Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
                Assert.Contains(diagnostic.Location.GetLineSpan().Path, tables);
            });
        }
    }
}
