using System.IO;
using System.Linq;
using Seedream.Cli.ModelTables;
using Seedream.Testing;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>A table the CLI reads at run time holds the same data the generator compiles into the client for a build.</summary>
public class ModelTableReadingTests
{
    [Fact]
    public void ShippedTableFiles_ReadAtRunTime_EqualTheTablesCompiledIntoTheClient()
    {
        var files = Directory.GetFiles(RepositoryPaths.Spec("models"), "*.json").OrderBy(file => file).ToList();

        var read = ModelTableFiles.Load(files.Select(file => (file, "--model-table")).ToList());

        Assert.Equal(files.Count, read.Given.Count);
        foreach (var table in read.Added)
        {
            var compiled = SeedreamModelCatalog.Shipped.Find(table.Id)!;
            Assert.Equal(Describe(compiled), Describe(table));
        }
    }

    /// <summary>Every value of a table, as text, so two tables compare field by field.</summary>
    private static string Describe(SeedreamModelTable table) => string.Join(
        "\n",
        new[]
        {
            $"{table.Id} {table.TypeName} {table.Description}",
            string.Join(",", table.Sizes),
            string.Join(",", table.Resolutions),
            $"{table.Limits.MaxReferenceImages} {table.Limits.MaxReferenceImageBytes} {table.Limits.MaxImageSetTotal} {table.Limits.RecommendedPromptLength}",
        }
        .Concat(table.Extras.Select(extra =>
            $"{extra.Name} {extra.Path} {extra.Kind} {extra.Description} [{string.Join(",", extra.Values.Select(v => v.Value + "=" + v.Description))}] {extra.Minimum} {extra.Maximum} {extra.Tool} {extra.DefaultValue}"))
        .Concat(table.Notes));
}
