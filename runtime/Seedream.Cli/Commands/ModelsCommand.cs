using System.CommandLine;
using System.IO;
using Seedream.Cli.ModelTables;
using Seedream.Cli.Output;

namespace Seedream.Cli.Commands;

/// <summary>
/// <c>seedream models [id]</c>: what each model accepts, from the client's shipped tables and any given with
/// <c>--model-table</c>; <c>seedream models --new ID [--from MODEL]</c>: a new table, copied from a known model's.
/// </summary>
internal sealed class ModelsCommand : Command
{
    /// <summary>The folder a new table goes into unless <c>--out</c> says otherwise.</summary>
    public const string DefaultTableFolder = "models";

    private readonly CliOutput _output;
    private readonly Argument<string?> _model = new("model") { Description = $"Show only this model, in any letter case: {KnownModels.Shipped.Ids}, or one given with --model-table.", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string[]> _modelTables = ModelTableOption.Create();
    private readonly Option<string?> _new = new("--new")
    {
        HelpName = "ID",
        Description = $"Write a table for a new model with this id, e.g. seedream-6.0, as DIR/ID.json: a copy of --from's table with the new id and a type name made from it " +
                      $"(seedream-6.0 → Seedream60), and {ShippedTableFiles.SchemaFileName} beside DIR, where its \"$schema\" points. Then change its sizes, resolutions, limits and extras.",
    };

    private readonly Option<string?> _from = new("--from") { HelpName = "MODEL", Description = $"With --new: the known model whose table is copied. Default: {KnownModels.Default}" };
    private readonly Option<string?> _typeName = new("--type-name") { HelpName = "NAME", Description = "With --new: the C# type name of the new model's builder, e.g. Seedream60 (an upper-case letter, then letters and digits). Default: made from the id" };
    private readonly Option<string?> _out = new("--out", "-o") { HelpName = "DIR", Description = $"With --new: the folder the table is written into; created when missing. Default: {DefaultTableFolder}" };

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the tables go.</param>
    public ModelsCommand(CliOutput output)
        : base("models", "List the models and what each accepts: sizes, resolutions, limits, extra options (with their values or ranges) and notes. " +
                         "With --new, write a table for a model of your own instead.")
    {
        _output = output;
        Add(_model);
        Add(_modelTables);
        Add(_new);
        Add(_from);
        Add(_typeName);
        Add(_out);
        SetAction(parseResult => GuardedAction.Run(output, () => Run(parseResult)));
    }

    private int Run(ParseResult parseResult)
    {
        var models = ModelTableOption.Read(parseResult, _modelTables);
        if (parseResult.GetValue(_new) is { } id)
        {
            return WriteNewTable(parseResult, models, id);
        }

        foreach (var option in new Option[] { _from, _typeName, _out })
        {
            if (parseResult.GetResult(option) is not null)
            {
                throw new CommandInputException($"{option.Name} goes with --new ID, which writes a new table; without --new, seedream models lists the models.");
            }
        }

        var tables = models.All;
        if (parseResult.GetValue(_model) is { } model)
        {
            tables = new[] { models.Resolve(model, null) };
        }

        ModelTableWriter.Write(tables, _output.Results);
        return ExitCodes.Success;
    }

    private int WriteNewTable(ParseResult parseResult, KnownModels models, string id)
    {
        if (parseResult.GetValue(_model) is { } model)
        {
            throw new CommandInputException($"'{TerminalText.Escape(model)}' and --new do not go together: --new writes a new table (copied from --from), and a model's name alone lists that model.");
        }

        var from = models.Resolve(parseResult.GetValue(_from) ?? KnownModels.Default, "--from");
        var folder = parseResult.GetValue(_out) ?? DefaultTableFolder;
        var table = NewModelTable.Create(models, id, from, parseResult.GetValue(_typeName), folder);
        var schema = NewModelTable.Write(table.Path, table.Text);
        var item = table.Path.Replace(Path.DirectorySeparatorChar, '/');
        _output.Result(table.Path);
        _output.Message(
            $"Wrote {TerminalText.Escape(table.Path)}: {from.Id}'s table as model {TerminalText.Escape(id.Trim())} (type {TerminalText.Escape(table.TypeName)}), " +
            $"with its \"$schema\" at {TerminalText.Escape(schema)}. Change its description, sizes, resolutions, limits and extras to the model's; then declare it in the project file, " +
            $"<SeedreamModelTable Include=\"{TerminalText.Escape(item)}\" />, and give it to seedream with --model-table {TerminalText.Escape(item)}.");
        return ExitCodes.Success;
    }
}
