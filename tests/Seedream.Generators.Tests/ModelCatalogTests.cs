using System;
using System.Linq;
using Seedream.Models;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>The catalog knows the shipped tables and the tables of builders a consumer uses.</summary>
public sealed class ModelCatalogTests
{
    [Fact]
    public void ShippedTables_AreKnownWithoutParsingJson()
    {
        var ids = SeedreamModelCatalog.All.Select(table => table.Id).ToList();
        Assert.Contains("seedream-5.0", ids);
        Assert.Contains("seedream-4.5", ids);
        Assert.Contains("seedream-4.0", ids);
        Assert.Equal(new[] { "1K", "2K", "4K" }, SeedreamModelCatalog.Find("seedream-4.0")!.Resolutions);
    }

    [Fact]
    public void UsingAGeneratedBuilder_RegistersThatCompilationsTable()
    {
        Seedream45.Generate("a cat");

        Assert.Same(Seedream45.Table, SeedreamModelCatalog.Find("seedream-4.5"));
    }

    [Fact]
    public void Register_ReplacesTheTableWithTheSameId()
    {
        var first = Table("catalog-test-replace", "First");
        var second = Table("catalog-test-replace", "Second");

        SeedreamModelCatalog.Register(first);
        SeedreamModelCatalog.Register(second);

        Assert.Same(second, SeedreamModelCatalog.Find("catalog-test-replace"));
        Assert.Single(SeedreamModelCatalog.All, table => table.Id == "catalog-test-replace");
    }

    [Fact]
    public void All_IsASnapshotThatLaterRegistrationsLeaveAlone()
    {
        var before = SeedreamModelCatalog.All;
        SeedreamModelCatalog.Register(Table("catalog-test-snapshot", "Snapshot"));

        Assert.DoesNotContain(before, table => table.Id == "catalog-test-snapshot");
        Assert.Contains(SeedreamModelCatalog.All, table => table.Id == "catalog-test-snapshot");
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
        => Assert.Null(SeedreamModelCatalog.Find("no-such-model"));

    [Fact]
    public void Register_Null_Throws()
        => Assert.Throws<ArgumentNullException>(() => SeedreamModelCatalog.Register(null!));

    private static SeedreamModelTable Table(string id, string typeName)
        => new(id, typeName, "A test model.", new[] { "1:1" }, new[] { "2K" }, new SeedreamModelLimits(1, 1, 2, 10), Array.Empty<SeedreamExtraOption>());
}
