using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace Seedream.Cli.ModelTables;

/// <summary>
/// <c>--model-table FILE</c> (repeatable) and <c>SEEDREAM_MODEL_TABLES</c>: the model tables of a project, for the
/// commands that check requests or serve them (generate, models, emulator, batch run), which cannot see the project.
/// </summary>
internal static class ModelTableOption
{
    /// <summary>The environment variable that lists table files or folders, separated as in <c>PATH</c>.</summary>
    public const string Variable = "SEEDREAM_MODEL_TABLES";

    /// <summary>A new <c>--model-table</c> option (one per command).</summary>
    public static Option<string[]> Create() => new("--model-table")
    {
        HelpName = "FILE",
        Description = "A model table of your own (a project's SeedreamModelTable file), or a folder of them; repeatable. " +
                      $"A table with a shipped model's id replaces it. Also read from {Variable} (paths separated by '{Path.PathSeparator}'). " +
                      "Checked as a build checks it (SEEDREAM0xx errors) before anything is sent.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The models the command knows: the shipped ones plus the tables <see cref="Variable"/> and <paramref name="option"/> name.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="option">The command's <c>--model-table</c> option.</param>
    /// <exception cref="CommandInputException">A path names nothing readable, or a table has errors.</exception>
    public static KnownModels Read(ParseResult parseResult, Option<string[]> option)
    {
        var paths = new List<(string Path, string Origin)>();
        var variable = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(variable))
        {
            paths.AddRange(variable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(path => (path, Variable)));
        }

        paths.AddRange((parseResult.GetValue(option) ?? Array.Empty<string>()).Select(path => (path, "--model-table")));

        // Without tables the reader (and the compiler assemblies it loads) stays out of the command's start-up.
        return paths.Count == 0 ? KnownModels.Shipped : ModelTableFiles.Load(paths);
    }
}
