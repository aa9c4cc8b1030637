using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>
/// A consumer adds a table of its own, or overrides a shipped one, through the item line
/// <c>&lt;SeedreamModelTable Include="Tables/*.json" /&gt;</c> of its project file.
/// </summary>
[Collection(PackedConsumerCollection.Name)]
public sealed class ProjectTableTests
{
    private const string NewTable = PackedConsumerFixture.TablesFolder + "/seedream-6.0.json";
    private const string NewModelCode = "NewModel/UsesSeedream60.cs";

    private readonly PackedConsumerFixture _consumer;

    public ProjectTableTests(PackedConsumerFixture consumer) => _consumer = consumer;

    [Fact]
    public async Task NewTable_GivesTheNextBuildItsBuilder_AndEditingTheTableChangesTheBuilder()
    {
        using var files = _consumer.AddFiles(
            ("NewModel/seedream-6.0.v1.json", NewTable),
            ("NewModel/UsesSeedream60V1.cs", NewModelCode));

        var first = await _consumer.BuildAsync();
        Assert.True(first.Succeeded, "A builder for the new table's size 7:3 and extra Style was expected.\n" + first.Describe());

        files.Replace("NewModel/seedream-6.0.v2.json", NewTable);
        var afterEdit = await _consumer.BuildAsync();
        Assert.False(afterEdit.Succeeded, "The edited table no longer has 7:3, so code using it must not compile.\n" + afterEdit.Describe());
        var error = Assert.Single(BuildDiagnostic.ErrorsIn(afterEdit.Output));
        Assert.Equal("UsesSeedream60.cs", error.FileName);
        Assert.Contains("Ratio7x3", error.Message);

        files.Replace("NewModel/UsesSeedream60V2.cs", NewModelCode);
        var withNewMembers = await _consumer.BuildAsync();
        Assert.True(withNewMembers.Succeeded, "The edited table's size 8:3 and style sketch were expected.\n" + withNewMembers.Describe());
    }

    [Fact]
    public async Task TableNamedLikeAShippedOne_ReplacesTheShippedTable()
    {
        using var files = _consumer.AddFiles(
            ("Override/seedream-4.5.json", PackedConsumerFixture.TablesFolder + "/seedream-4.5.json"),
            ("Override/UsesWebSearchOnSeedream45.cs", "Override/UsesWebSearchOnSeedream45.cs"));

        var tables = await _consumer.MSBuildAsync("-getItem:AdditionalFiles");
        Assert.True(tables.Succeeded, tables.Describe());
        var tableFiles = tables.Output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("\"Identity\":", StringComparison.Ordinal) && line.Contains(".json", StringComparison.Ordinal))
            .Select(line => line.Substring("\"Identity\":".Length).Trim(' ', '"', ','))
            .ToList();
        Assert.Equal(3, tableFiles.Count);
        Assert.Contains(tableFiles, file => file.Replace('\\', '/') == PackedConsumerFixture.TablesFolder + "/seedream-4.5.json");
        Assert.Contains(tableFiles, file => Path.GetFileName(file) == "seedream-5.0.json");
        Assert.Contains(tableFiles, file => Path.GetFileName(file) == "seedream-4.0.json");

        var build = await _consumer.BuildAsync();
        Assert.True(build.Succeeded, "Web search on seedream-4.5 was expected to compile once the project's table adds it.\n" + build.Describe());
    }
}
