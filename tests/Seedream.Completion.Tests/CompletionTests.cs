using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;
using Seedream.Generators.Parsing;
using Seedream.Testing;
using Xunit;

namespace Seedream.Completion.Tests;

/// <summary>
/// Completion after <c>SeedreamXX.Generate("x").</c> offers the common members plus exactly that model's extras,
/// and after a generated enum's name exactly that model's values, beside what the same service offers on a
/// hand-written class and enum — for each shipped table and a project's own table.
/// </summary>
public sealed class CompletionTests : IClassFixture<CompletionTests.Workspace>
{
    /// <summary>A project's own table, with an option and values no shipped table has.</summary>
    private const string OwnTable = """
        {
          "id": "seedream-6.0",
          "typeName": "Seedream60",
          "description": "A project's own model.",
          "sizes": ["1:1", "7:3"],
          "resolutions": ["8K"],
          "limits": { "maxReferenceImages": 4, "maxReferenceImageBytes": 1048576, "maxImageSetTotal": 8, "recommendedPromptLength": 300 },
          "extras": [
            { "name": "Style", "path": "style", "kind": "enum", "values": [{ "value": "anime", "description": "Drawn." }], "description": "The drawing style." }
          ]
        }
        """;

    private static readonly string[] ShippedFiles = { "seedream-4.0.json", "seedream-4.5.json", "seedream-5.0.json" };

    private readonly Workspace _workspace;

    public CompletionTests(Workspace workspace) => _workspace = workspace;

    public static TheoryData<string> TypeNames() => new(Tables().Select(table => table.TypeName));

    [Theory]
    [MemberData(nameof(TypeNames))]
    public async Task AfterGenerate_OffersTheCommonMembersAndExactlyTheModelsExtras(string typeName)
    {
        var table = Tables().Single(candidate => candidate.TypeName == typeName);
        var control = await _workspace.Completion.ItemsAfterAsync("ControlEntry.Generate(\"x\").");

        var offered = await _workspace.Completion.ItemsAfterAsync(typeName + ".Generate(\"x\").");

        Assert.Equal(Sorted(control.Concat(BuilderMembers.Common).Concat(table.Extras.Select(extra => extra.Name))), offered);
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public async Task AfterEachEnumName_OffersExactlyTheModelsValues(string typeName)
    {
        var table = Tables().Single(candidate => candidate.TypeName == typeName);
        var control = await _workspace.Completion.ItemsAfterAsync("ControlEnum.");
        var enums = new List<(string Name, IEnumerable<NamedValue> Values)>
        {
            (Names.SizeEnum(typeName), table.Sizes),
            (Names.ResolutionEnum(typeName), table.Resolutions),
        };
        enums.AddRange(table.Extras.Where(extra => extra.Kind == ExtraKind.Enum).Select(extra => (Names.ExtraEnum(typeName, extra.Name), (IEnumerable<NamedValue>)extra.Values)));

        foreach (var (name, values) in enums)
        {
            var offered = await _workspace.Completion.ItemsAfterAsync(name + ".");
            Assert.Equal(Sorted(control.Concat(values.Select(value => value.Member))), offered);
        }
    }

    [Fact]
    public async Task ControlClass_OffersSomething_SoTheComparisonsAboveMeanIt()
        => Assert.Contains("ToString", await _workspace.Completion.ItemsAfterAsync("ControlEntry.Generate(\"x\")."));

    private static List<string> Sorted(IEnumerable<string> items) => items.OrderBy(item => item, StringComparer.Ordinal).ToList();

    private static IEnumerable<(string Path, string Text)> TableFiles()
        => ShippedFiles.Select(name => ("/spec/models/" + name, File.ReadAllText(RepositoryPaths.ModelTable(name))))
            .Append(("/project/tables/seedream-6.0.json", OwnTable));

    /// <summary>The shipped tables as the gateway serves them: the workspace sets no host.</summary>
    private static IEnumerable<ModelTableSpec> Tables()
        => TableFiles().Select(file => TableParser.Parse(file.Path, SourceText.From(file.Text), default).Table!.OnHost(Hosts.Gateway));

    /// <summary>One workspace for all the tests: generating and loading it is the slow part.</summary>
    public sealed class Workspace : IDisposable
    {
        internal CompletionWorkspace Completion { get; } = CompletionWorkspace.Create(TableFiles().ToList());

        public void Dispose() => Completion.Dispose();
    }
}
