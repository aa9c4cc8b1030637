using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>
/// Which table wins is decided by model id, whatever the files are called: a project table replaces the
/// shipped table with its id, and two project tables with one id are an error on the second, at its id.
/// </summary>
public sealed class TableResolutionTests
{
    [Fact]
    public async Task ProjectTableWithAShippedId_ReplacesTheShippedTable_WhateverItsFileName()
    {
        var own = ProjectTables.Variant("seedream-4.5.json", "Seedream45", "seedream-4.5", "Our own seedream-4.5 table.");
        var run = await ProjectTables.RunAsync(("/consumer/Tables/Seedream-4.5-Override.JSON", own));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Our own seedream-4.5 table.", run.Source("Seedream45.g.cs"));
        Assert.Equal(new[] { "Seedream40.g.cs", "Seedream45.g.cs", "Seedream50.g.cs" }, run.ModelHintNames);
        Assert.Contains("Seedream45.Table,", run.Source("SeedreamProjectModels.g.cs"));
        Assert.DoesNotContain("Seedream50.Table,", run.Source("SeedreamProjectModels.g.cs"));
        Assert.Empty(ProjectTables.Errors(run.Output));
    }

    [Fact]
    public async Task TwoProjectTablesWithOneId_AreAnErrorOnTheSecond_AtItsId_PointingAtTheFirst()
    {
        var first = ProjectTables.Variant("seedream-4.0.json", "Nova", "nova-1", "First nova.");
        var second = ProjectTables.Variant("seedream-4.0.json", "NovaTwo", "nova-1", "Second nova.");

        var run = await ProjectTables.RunAsync(("/consumer/Tables/a.json", first), ("/consumer/Tables/b.json", second));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SEEDREAM010", diagnostic.Id);
        Assert.Equal("/consumer/Tables/b.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("/consumer/Tables/a.json", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
        Assert.Contains("also declared by /consumer/Tables/a.json", diagnostic.GetMessage());
        Assert.Contains("Remove one of the two files", diagnostic.GetMessage());
        Assert.Contains("First nova.", run.Source("Nova.g.cs"));
        Assert.DoesNotContain("NovaTwo.g.cs", run.HintNames);
        Assert.Empty(ProjectTables.Errors(run.Output));
    }

    [Fact]
    public async Task WithoutTheClient_NothingIsGenerated_AndOneErrorSaysHowToReferenceThePackage()
    {
        var run = await ProjectTables.RunAsync(withClient: false);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SEEDREAM012", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("<PackageReference Include=\"Seedream.Generators\"", diagnostic.GetMessage());
        Assert.Empty(run.HintNames);
        Assert.Empty(ProjectTables.Errors(run.Output));
    }
}
