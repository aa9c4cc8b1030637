using System;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests.PublicSurface;

/// <summary>
/// An application and a library in one process, with different tables for one model id: each client validates
/// against its own catalog, and a request built from a table is checked against that table. No process-wide registry.
/// </summary>
public class CatalogPerClientTests
{
    private static readonly SeedreamModelTable Shipped50 = SeedreamModelCatalog.Shipped.Find("seedream-5.0")!;

    /// <summary>The application's override of seedream-5.0: square images only.</summary>
    private static readonly SeedreamModelTable SquareOnly50 = new(
        "seedream-5.0",
        "Seedream50",
        "seedream-5.0 as this application allows it: square images only.",
        new[] { "1:1" },
        Shipped50.Resolutions,
        Shipped50.Limits,
        Shipped50.Extras);

    /// <summary>The application's own model.</summary>
    private static readonly SeedreamModelTable Seedream60 = new(
        "seedream-6.0",
        "Seedream60",
        "A model this application adds.",
        new[] { "1:1", "16:9" },
        new[] { "2K" },
        Shipped50.Limits,
        Array.Empty<SeedreamExtraOption>());

    [Fact]
    public async Task AnApplicationAndALibrary_WithDifferentTablesForOneId_EachValidateAgainstTheirOwn()
    {
        using var application = new Harness(o =>
        {
            o.ModelTables.Add(SquareOnly50);
            o.ModelTables.Add(Seedream60);
        });
        using var library = new Harness();
        application.Handler.On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-app", "queued", 0)));
        library.Handler.On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-lib", "queued", 0)));
        var wide = SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Size("16:9").Build();

        var refused = await Assert.ThrowsAsync<SeedreamValidationException>(() => application.Client.SubmitAsync(wide));
        var accepted = await library.Client.SubmitAsync(wide);

        Assert.Equal("size", refused.Parameter);
        Assert.Equal("1:1", refused.Problems[0].Allowed);
        Assert.Empty(application.Handler.Requests);
        Assert.Equal("task-lib", accepted.Id);
        Assert.Same(SquareOnly50, application.Client.Catalog.Find("seedream-5.0"));
        Assert.Same(Shipped50, library.Client.Catalog.Find("seedream-5.0"));
        Assert.Null(library.Client.Catalog.Find("seedream-6.0"));
    }

    [Fact]
    public async Task ARequestBuiltFromATable_IsCheckedAgainstThatTable_WhicheverClientSendsIt()
    {
        using var application = new Harness(o => o.ModelTables.Add(SquareOnly50));
        application.Handler.On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)));
        var fromTheLibrarysBuilder = SeedreamRequest.ForModel(Shipped50).Prompt("a cat").Size("16:9").Build();

        var operation = await application.Client.SubmitAsync(fromTheLibrarysBuilder);

        Assert.Equal("task-1", operation.Id);
        Assert.Throws<SeedreamValidationException>(() => SeedreamRequest.ForModel(SquareOnly50).Prompt("a cat").Size("16:9").Build());
    }

    [Fact]
    public async Task AProjectsOwnModel_IsKnownByIdToTheClientsThatAddIt_AndOnlyThose()
    {
        using var application = new Harness(o => o.ModelTables.Add(Seedream60));
        using var other = new Harness();
        application.Handler.On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-6", "queued", 0)));
        var request = SeedreamRequest.ForModel("seedream-6.0").Prompt("a cat").Size("16:9").Build();

        var operation = await application.Client.SubmitAsync(request);
        var unknown = await Assert.ThrowsAsync<SeedreamValidationException>(() => other.Client.SubmitAsync(request));

        Assert.Equal("task-6", operation.Id);
        Assert.Equal("model", unknown.Parameter);
        Assert.Equal(new[] { "seedream-5.0", "seedream-4.5", "seedream-4.0", "seedream-6.0" }.OrderBy(id => id), application.Client.Catalog.All.Select(t => t.Id).OrderBy(id => id));
    }

    [Fact]
    public void TwoAddedTablesWithOneId_AreAnError_NamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => SeedreamModelCatalog.Create(new[] { Seedream60, Seedream60 }));

        Assert.Contains("seedream-6.0", error.Message);
        Assert.Throws<ArgumentException>(() => new Harness(o =>
        {
            o.ModelTables.Add(Seedream60);
            o.ModelTables.Add(Seedream60);
        }));
    }
}
