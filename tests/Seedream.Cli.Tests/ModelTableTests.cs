using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NJsonSchema;
using Seedream.Emulator;
using Seedream.Testing;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>
/// A project's own model table, made in one step (<c>seedream models --new</c>) and given to the commands that cannot
/// see the project (<c>--model-table</c>, <c>SEEDREAM_MODEL_TABLES</c>): generate, models, emulator, batch run.
/// </summary>
public class ModelTableTests
{
    private const string NewTable = "models/seedream-6.0.json";

    private const string HowToAdd = "A model of your own needs its table: give it with --model-table FILE or SEEDREAM_MODEL_TABLES (`seedream models --new ID` writes one).";

    [Fact]
    public async Task ModelsNew_WritesTheSourceTableWithAFreshIdAndTypeName_AndTheSchemaItsSchemaKeyNames()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "models", "--new", "seedream-6.0", "--from", "seedream-5.0");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { NewTable }, run.OutputLines);
        var path = Path.Combine(directory.Path, NewTable);
        var table = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var source = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Spec("models/seedream-5.0.json")))!.AsObject();
        Assert.Equal(("seedream-6.0", "Seedream60"), ((string)table["id"]!, (string)table["typeName"]!));
        foreach (var key in new[] { "$schema", "id", "typeName" })
        {
            table.Remove(key);
            source.Remove(key);
        }

        Assert.True(JsonNode.DeepEquals(source, table), "Besides $schema, id and typeName, the new table is seedream-5.0's.");
        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, (string)JsonNode.Parse(File.ReadAllText(path))!["$schema"]!));
        Assert.Equal(Path.Combine(directory.Path, "model-table.schema.json"), schemaPath);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Spec("model-table.schema.json")), File.ReadAllText(schemaPath));
        var errors = (await JsonSchema.FromFileAsync(schemaPath)).Validate(File.ReadAllText(path));
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task ModelsNew_NeverOverwritesATable()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, NewTable);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "my own work");

        var run = await CliProcess.RunAsync(directory.Path, null, "models", "--new", "seedream-6.0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal($"{NewTable} exists already, and is left as it is: remove it, or choose another id or --out folder.", Assert.Single(run.Errors));
        Assert.Equal("my own work", File.ReadAllText(path));
    }

    [Fact]
    public async Task ModelsNew_WhoseTypeNameWouldCollideWithAShippedModel_ExitsWith2_WithTheBuildsError_UntilATypeNameIsGiven()
    {
        using var directory = new TemporaryDirectory();

        var taken = await CliProcess.RunAsync(directory.Path, null, "models", "--new", "seedream-50");
        var named = await CliProcess.RunAsync(directory.Path, null, "models", "--new", "seedream-50", "--type-name", "Seedream50Preview");

        Assert.True(taken.ExitCode == 2, taken.ToString());
        Assert.Equal("The new table models/seedream-50.json would not build:", taken.Errors[0]);
        Assert.StartsWith("models/seedream-50.json(4,15): error SEEDREAM011: Model \"seedream-50\" is not generated: its type name \"Seedream50\" gives its entry type the name \"Seedream50\"", taken.Errors[1]);
        Assert.Equal("Choose another id with --new, or another type name with --type-name NAME.", taken.Errors[^1]);
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Contains("\"typeName\": \"Seedream50Preview\"", File.ReadAllText(Path.Combine(directory.Path, "models/seedream-50.json")));
    }

    [Fact]
    public async Task Generate_OfAModelWithoutItsTable_ExitsWith2_SayingHowToAddIt_AndWithTheTable_SavesTheImage()
    {
        using var directory = new TemporaryDirectory();
        await NewTableAsync(directory.Path);

        var without = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--model", "seedream-6.0");
        var given = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--model", "seedream-6.0", "--size", "4:5", "--model-table", NewTable);
        var fromVariable = await CliProcess.RunAsync(
            directory.Path, new Dictionary<string, string> { ["SEEDREAM_MODEL_TABLES"] = Path.Combine(directory.Path, "models") }, "generate", "a dog", "--model", "Seedream-6.0");

        Assert.True(without.ExitCode == 2, without.ToString());
        Assert.Equal($"--model 'seedream-6.0' is not a known model; known models: seedream-4.0, seedream-4.5, seedream-5.0. {HowToAdd}", Assert.Single(without.Errors));
        foreach (var run in new[] { given, fromVariable })
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains(run.Errors, line => line.StartsWith("Submitted task ", StringComparison.Ordinal) && line.Contains("(seedream-6.0", StringComparison.Ordinal));
            Assert.True(File.Exists(Assert.Single(run.OutputLines)), run.ToString());
        }
    }

    [Fact]
    public async Task Models_WithATable_ListsItBesideTheShippedOnes()
    {
        using var directory = new TemporaryDirectory();
        await NewTableAsync(directory.Path);

        var run = await CliProcess.RunAsync(directory.Path, null, "models", "--model-table", NewTable);
        var one = await CliProcess.RunAsync(directory.Path, null, "models", "seedream-6.0", "--model-table", NewTable);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            new[] { "seedream-4.0", "seedream-4.5", "seedream-5.0", "seedream-6.0" },
            run.Output.Where(line => line.StartsWith("seedream-", StringComparison.Ordinal)).Select(line => line.Split("  ")[0]));
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.StartsWith("seedream-6.0  ", one.Output[0]);
    }

    [Fact]
    public async Task TableWithErrors_ExitsWith2_WithTheGeneratorsErrorsAtTheirLineAndColumn_BeforeAnythingIsSent()
    {
        await using var api = await ConfiguredApi.StartAsync(TimeSpan.Zero, TimeSpan.Zero);
        using var directory = new TemporaryDirectory();
        await NewTableAsync(directory.Path);
        var path = Path.Combine(directory.Path, NewTable);
        var text = File.ReadAllText(path).Replace("\"resolutions\"", "\"resolution\"", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        var at = text.IndexOf("\"resolution\"", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at);

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "generate", "a cat", "--model", "seedream-6.0", "--model-table", NewTable);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal($"--model-table '{NewTable}' cannot be used; a project's build with this table fails the same way:", run.Errors[0]);
        Assert.Contains(run.Errors, error => error.StartsWith($"{NewTable}({line},{column}): error SEEDREAM002: Unknown key \"resolution\" in the table", StringComparison.Ordinal));
        Assert.Contains(run.Errors, error => error.StartsWith($"{NewTable}(1,1): error SEEDREAM004: The table lacks the required key \"resolutions\"", StringComparison.Ordinal));
        Assert.Equal(0L, api.Emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task EmulatorCommand_WithATable_ServesItsModel_ToACommandOfAnotherShell_GivenTheVariableItPrints()
    {
        using var directory = new TemporaryDirectory();
        await NewTableAsync(directory.Path);
        using var emulator = CliProcess.Start(directory.Path, null, "emulator", "--urls", "http://127.0.0.1:0", "--api-key", "sk-own-models", "--model-table", NewTable);
        var hint = await emulator.ErrorLineAsync(line => line.StartsWith("Use it from another shell: export ", StringComparison.Ordinal));
        var tables = await emulator.ErrorLineAsync(line => line.StartsWith("It serves your models too (seedream-6.0)", StringComparison.Ordinal));
        var environment = new Dictionary<string, string>
        {
            ["SEEDREAM_API_KEY"] = "sk-own-models",
            ["SEEDREAM_BASE_URL"] = hint[(hint.IndexOf("SEEDREAM_BASE_URL=", StringComparison.Ordinal) + "SEEDREAM_BASE_URL=".Length)..],
            ["SEEDREAM_MODEL_TABLES"] = tables[(tables.IndexOf("SEEDREAM_MODEL_TABLES=", StringComparison.Ordinal) + "SEEDREAM_MODEL_TABLES=".Length)..],
        };
        using var elsewhere = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(elsewhere.Path, environment, "generate", "a cat", "--model", "seedream-6.0", "--size", "5:4", "--timeout", "1m");
        emulator.Signal("INT");
        var stopped = await emulator.WaitForExitAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(stopped.ExitCode == 0, stopped.ToString());
        Assert.Contains("Seedream emulator stopped after 1 task(s).", stopped.Errors);
    }

    [Fact]
    public async Task BatchRun_WithATable_SendsTheLinesOfItsModel_AndWithoutIt_ExitsWith2SayingHowToAddIt()
    {
        var shipped = SeedreamModelCatalog.Shipped.Find("seedream-5.0")!;
        var own = new SeedreamModelTable("seedream-6.0", "Seedream60", shipped.Description, shipped.Sizes, shipped.Resolutions, shipped.Limits, shipped.Extras, shipped.Notes);
        var options = new EmulatorOptions { QueueDuration = TimeSpan.Zero, ProcessingDuration = TimeSpan.FromMilliseconds(200) };
        options.ModelTables.Add(own);
        await using var api = await ConfiguredApi.StartAsync(options);
        using var directory = new TemporaryDirectory();
        await NewTableAsync(directory.Path);
        File.WriteAllText(Path.Combine(directory.Path, "jobs.jsonl"), "{\"model\": \"seedream-6.0\", \"prompt\": \"a cat\", \"size\": \"4:5\"}\n");

        var without = await CliProcess.RunAsync(directory.Path, api.Environment, "batch", "run", "jobs.jsonl", "--out", "first");
        var given = await CliProcess.RunAsync(directory.Path, api.Environment, "batch", "run", "jobs.jsonl", "--out", "second", "--model-table", NewTable, "--wait-timeout", "1m");

        Assert.True(without.ExitCode == 2, without.ToString());
        Assert.Contains("model 'seedream-6.0' is not known", without.ErrorText);
        Assert.Contains("--model-table FILE", without.ErrorText);
        Assert.True(given.ExitCode == 0, given.ToString());
        Assert.Contains(given.Output, line => line.StartsWith("saved 1 of 1 jobs (1 images)", StringComparison.Ordinal));
        Assert.Equal(1L, api.Emulator.Counters.TasksCreated);
    }

    private static async Task NewTableAsync(string directory)
    {
        var run = await CliProcess.RunAsync(directory, null, "models", "--new", "seedream-6.0", "--from", "seedream-5.0");
        Assert.True(run.ExitCode == 0, run.ToString());
    }
}
