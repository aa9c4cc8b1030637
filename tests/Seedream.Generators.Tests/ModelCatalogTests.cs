using System;
using System.Linq;
using Seedream.Models;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>The shipped catalog knows the shipped tables; a generated builder's request carries its own table; no registry.</summary>
public sealed class ModelCatalogTests
{
    [Fact]
    public void ShippedTables_AreKnownWithoutParsingJson()
    {
        var ids = SeedreamModelCatalog.Shipped.All.Select(table => table.Id).ToList();
        Assert.Contains("seedream-5.0", ids);
        Assert.Contains("seedream-4.5", ids);
        Assert.Contains("seedream-4.0", ids);
        Assert.Equal(new[] { "1K", "2K", "4K" }, SeedreamModelCatalog.Shipped.Find("seedream-4.0")!.Resolutions);
    }

    [Fact]
    public void AGeneratedBuildersRequest_CarriesThatCompilationsTable()
    {
        var request = Seedream45.Generate("a cat").Build();

        Assert.Same(Seedream45.Table, request.Table);
    }

    [Fact]
    public void Create_AnAddedTableWithAShippedId_ReplacesItInThatCatalogOnly()
    {
        var replacement = Table("seedream-4.5", "Replacement");

        var catalog = SeedreamModelCatalog.Create(new[] { replacement });

        Assert.Same(replacement, catalog.Find("seedream-4.5"));
        Assert.NotSame(replacement, SeedreamModelCatalog.Shipped.Find("seedream-4.5"));
        Assert.Single(catalog.All, table => table.Id == "seedream-4.5");
    }

    [Fact]
    public void Create_TwoAddedTablesWithOneId_Throws()
        => Assert.Throws<ArgumentException>(() => SeedreamModelCatalog.Create(new[] { Table("catalog-test", "A"), Table("catalog-test", "B") }));

    [Fact]
    public void Find_UnknownId_ReturnsNull()
        => Assert.Null(SeedreamModelCatalog.Shipped.Find("no-such-model"));

    private static SeedreamModelTable Table(string id, string typeName)
        => new(id, typeName, "A test model.", new[] { "1:1" }, new[] { "2K" }, new SeedreamModelLimits(1, 1, 2, 10), Array.Empty<SeedreamExtraOption>());
}
