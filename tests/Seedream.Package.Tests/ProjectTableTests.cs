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
    public async Task ProjectTableWithAShippedId_ReachesTheCompilerBesideTheShippedOnes_AndItsBuilderWins()
    {
        using var files = _consumer.AddFiles(
            ("Override/seedream-4.5.json", PackedConsumerFixture.TablesFolder + "/seedream-4.5.json"),
            ("Override/UsesWebSearchOnSeedream45.cs", "Override/UsesWebSearchOnSeedream45.cs"));

        var tables = await _consumer.ModelTablesAsync();
        Assert.Equal(4, tables.Count);
        Assert.Contains((Path.Combine(_consumer.ConsumerDirectory, PackedConsumerFixture.TablesFolder, "seedream-4.5.json"), "project"), tables);
        Assert.Equal(3, tables.Count(table => table.Source == "shipped" && IsInPackageCache(table.Path)));

        var build = await _consumer.BuildAsync();
        Assert.True(build.Succeeded, "Web search on seedream-4.5 was expected to compile once the project's table adds it.\n" + build.Describe());
    }

    [Fact]
    public async Task ShippedTables_AreLeftOut_WhenTheProjectSwitchesThemOff()
    {
        using var files = _consumer.AddFiles(("NewModel/seedream-6.0.v1.json", NewTable));

        var withShipped = await _consumer.ModelTablesAsync();
        var withoutShipped = await _consumer.ModelTablesAsync("-p:SeedreamIncludeShippedModelTables=false");

        Assert.Equal(4, withShipped.Count);
        Assert.Equal(3, withShipped.Count(table => table.Source == "shipped"));
        var only = Assert.Single(withoutShipped);
        Assert.Equal((Path.Combine(_consumer.ConsumerDirectory, NewTable), "project"), only);
    }

    private bool IsInPackageCache(string table) =>
        table.StartsWith(Path.Combine(_consumer.PackageCache, "seedream.generators"), StringComparison.Ordinal);
}
