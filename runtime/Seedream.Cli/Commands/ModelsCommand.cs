using System.CommandLine;
using System.Linq;
using Seedream.Cli.Output;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream models [id]</c>: what each model accepts, from the model tables compiled into the client.</summary>
internal sealed class ModelsCommand : Command
{
    private readonly CliOutput _output;
    private readonly Argument<string?> _model = new("model") { Description = "Show only this model, e.g. seedream-4.5.", Arity = ArgumentArity.ZeroOrOne };

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the tables go.</param>
    public ModelsCommand(CliOutput output)
        : base("models", "List the models and what each accepts: sizes, resolutions, limits, extra options (with their values or ranges) and notes.")
    {
        _output = output;
        Add(_model);
        SetAction(parseResult => GuardedAction.Run(output, () => Run(parseResult)));
    }

    private int Run(ParseResult parseResult)
    {
        var tables = SeedreamModelCatalog.Shipped.All;
        if (parseResult.GetValue(_model) is { } id)
        {
            var table = SeedreamModelCatalog.Shipped.Find(id)
                ?? throw new CommandInputException($"model '{id}' is not known; known models: {string.Join(", ", tables.Select(t => t.Id))}.");
            tables = new[] { table };
        }

        ModelTableWriter.Write(tables, _output.Results);
        return ExitCodes.Success;
    }
}
