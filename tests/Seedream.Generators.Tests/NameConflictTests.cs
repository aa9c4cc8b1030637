using System.Linq;
using System.Threading.Tasks;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>
/// Every name the generator emits is checked ignoring case: a table whose type name, derived type name or
/// hint name collides is an error at its <c>typeName</c>, and every other table, shipped ones included, still generates.
/// </summary>
public sealed class NameConflictTests
{
    [Fact]
    public async Task TypeNamesDifferingOnlyInCase_AreAnErrorOnTheLaterTable_AndTheOthersGenerate()
    {
        var run = await ProjectTables.RunAsync(
            ("/consumer/Tables/a.json", ProjectTables.Variant("seedream-4.0.json", "Nova", "nova", "Nova.")),
            ("/consumer/Tables/b.json", ProjectTables.Variant("seedream-4.0.json", "NOVA", "nova-upper", "NOVA.")));

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertConflictAt(diagnostic, "/consumer/Tables/b.json", "\"NOVA\" gives its entry type the name \"NOVA\", which model \"nova\" in /consumer/Tables/a.json emits as its entry type (\"Nova\")");
        Assert.Equal("/consumer/Tables/a.json", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
        Assert.Equal(new[] { "Nova.g.cs", "Seedream40.g.cs", "Seedream45.g.cs", "Seedream50.g.cs" }, run.ModelHintNames);
        Assert.Empty(ProjectTables.Errors(run.Output));
    }

    [Fact]
    public async Task TypeNameEqualToAnotherModelsDerivedName_IsAnErrorOnThatTable_AndTheOthersGenerate()
    {
        var run = await ProjectTables.RunAsync(
            ("/consumer/Tables/a.json", ProjectTables.Variant("seedream-4.0.json", "Nova", "nova", "Nova.")),
            ("/consumer/Tables/b.json", ProjectTables.Variant("seedream-4.0.json", "NovaSize", "nova-size", "Nova size.")));

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertConflictAt(diagnostic, "/consumer/Tables/b.json", "which model \"nova\" in /consumer/Tables/a.json emits as its size enum (\"NovaSize\")");
        Assert.Contains("Nova.g.cs", run.HintNames);
        Assert.Equal(4, run.ModelHintNames.Count);
        Assert.Empty(ProjectTables.Errors(run.Output));
    }

    [Theory]
    [InlineData("SeedreamProjectModels")]
    [InlineData("SEEDREAMMODELTABLES")]
    public async Task TypeNameEqualIgnoringCaseToAFixedGeneratedName_IsAnErrorOnThatTable(string typeName)
    {
        var run = await ProjectTables.RunAsync(("/consumer/Tables/a.json", ProjectTables.Variant("seedream-4.0.json", typeName, "clash", "Clash.")));

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertConflictAt(diagnostic, "/consumer/Tables/a.json", "which is reserved for the generator's");
        Assert.Equal(3, run.ModelHintNames.Count);
        Assert.Empty(ProjectTables.Errors(run.Output));
    }

    [Fact]
    public async Task ProjectTableWhoseNameCollidesWithAShippedTable_IsTheOneReported()
    {
        var run = await ProjectTables.RunAsync(("/aaa/first-by-path.json", ProjectTables.Variant("seedream-4.0.json", "SEEDREAM50", "mine", "Mine.")));

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertConflictAt(diagnostic, "/aaa/first-by-path.json", "which model \"seedream-5.0\"");
        Assert.Equal(new[] { "Seedream40.g.cs", "Seedream45.g.cs", "Seedream50.g.cs" }, run.ModelHintNames);
    }

    private static void AssertConflictAt(Microsoft.CodeAnalysis.Diagnostic diagnostic, string path, string phrase)
    {
        Assert.Equal("SEEDREAM011", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(3, span.StartLinePosition.Line);
        Assert.Contains(phrase, diagnostic.GetMessage());
        Assert.Contains("change \"typeName\"", diagnostic.GetMessage());
    }
}
