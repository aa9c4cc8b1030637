using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using Seedream.Cli.Output;
using Seedream.Generators.Model;
using Seedream.Generators.Parsing;

namespace Seedream.Cli.ModelTables;

/// <summary>
/// Reads the model tables a command is given (files, or folders of <c>*.json</c> files) with the generator's own
/// parser and table-set rules, as a project's build reads its <c>SeedreamModelTable</c> items: a table the build would
/// refuse is refused here with the same SEEDREAM0xx errors at the same line and column, and nothing is sent.
/// </summary>
internal static class ModelTableFiles
{
    /// <summary>The tables at <paramref name="paths"/>, checked, added to the shipped ones.</summary>
    /// <param name="paths">Each path as given, and where it was given (an option or an environment variable), for messages.</param>
    /// <exception cref="CommandInputException">A path names nothing readable, or a table has errors; every error is listed.</exception>
    public static KnownModels Load(IReadOnlyList<(string Path, string Origin)> paths)
    {
        var files = Files(paths);
        var parsed = files.Select(file => new SourcedTable(TableParser.Parse(file.Path, SourceText.From(file.Text), CancellationToken.None), TableSource.Project)).ToImmutableArray();
        var set = TableSetBuilder.Build(parsed);
        var errors = parsed.SelectMany(table => table.Parsed.Diagnostics).Concat(set.Diagnostics).Select(diagnostic => diagnostic.ToDiagnostic().ToString()).ToList();
        if (errors.Count > 0)
        {
            throw new CommandInputException(
                $"{Describe(paths)} cannot be used; a project's build with {(files.Count == 1 ? "this table" : "these tables")} fails the same way:" + Environment.NewLine +
                string.Join(Environment.NewLine, errors.Select(error => TerminalText.Escape(error))));
        }

        // Without errors every table was accepted: each one set aside is reported.
        return new KnownModels(parsed
            .Select((table, i) => new GivenTable(ModelTableConversion.ToModelTable(table.Parsed.Table!), files[i].Path, files[i].Text))
            .ToList());
    }

    /// <summary>Every table file the paths name, once each (by full path), with its text.</summary>
    private static List<(string Path, string Text)> Files(IReadOnlyList<(string Path, string Origin)> paths)
    {
        var files = new List<(string Path, string Text)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, origin) in paths)
        {
            foreach (var file in Expand(path, origin))
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add((file, Read(file, origin)));
                }
            }
        }

        return files;
    }

    private static IEnumerable<string> Expand(string path, string origin)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CommandInputException($"{origin} names an empty path; give a model table's .json file or a folder of them.");
        }

        if (File.Exists(path))
        {
            return new[] { path };
        }

        if (!Directory.Exists(path))
        {
            throw new CommandInputException($"{origin} '{TerminalText.Escape(path)}' is neither a file nor a folder; give a model table's .json file or a folder of them.");
        }

        var tables = Directory.GetFiles(path, "*.json").OrderBy(file => file, StringComparer.Ordinal).ToList();
        return tables.Count > 0
            ? tables
            : throw new CommandInputException($"{origin} '{TerminalText.Escape(path)}' is a folder without .json files; give a model table's .json file or a folder of them.");
    }

    private static string Read(string file, string origin)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"{origin} '{TerminalText.Escape(file)}' cannot be read: {TerminalText.Escape(exception.Message)}");
        }
    }

    private static string Describe(IReadOnlyList<(string Path, string Origin)> paths) =>
        paths.Count == 1
            ? $"{paths[0].Origin} '{TerminalText.Escape(paths[0].Path)}'"
            : $"The model tables given ({string.Join(", ", paths.Select(path => path.Origin).Distinct(StringComparer.Ordinal))})";
}
