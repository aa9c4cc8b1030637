using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using Seedream.Cli.Output;
using Seedream.Generators.Json;
using Seedream.Generators.Model;
using Seedream.Generators.Parsing;

namespace Seedream.Cli.ModelTables;

/// <summary>
/// Makes a model table for a new model in one step (<c>seedream models --new ID --from MODEL</c>): a copy of a known
/// model's file, byte for byte but for its <c>id</c>, its <c>typeName</c> (derived from the id, e.g. <c>seedream-6.0</c> →
/// <c>Seedream60</c>, unless given) and its <c>$schema</c>; written into a folder, with the JSON Schema beside that folder
/// where <c>$schema</c> points, as the package lays out its own <c>models/</c>. The copy is checked with the shipped and
/// given tables as a project's build checks it, so it builds without SEEDREAM0xx errors.
/// </summary>
internal static class NewModelTable
{
    /// <summary>Where a new table's <c>$schema</c> points: the schema beside the table's folder.</summary>
    public const string SchemaReference = "../" + ShippedTableFiles.SchemaFileName;

    /// <summary>The table for <paramref name="id"/>, checked, with the file name it is written under.</summary>
    /// <param name="models">The known models: the source, and the tables the new one must build beside.</param>
    /// <param name="id">The new model's id, e.g. <c>seedream-6.0</c>.</param>
    /// <param name="from">The known model whose table is copied.</param>
    /// <param name="typeName">The C# type name, or <see langword="null"/> to derive it from <paramref name="id"/> (a known id keeps its type name).</param>
    /// <param name="folder">The folder the table goes into, for the error messages' paths.</param>
    /// <exception cref="CommandInputException">The id cannot name a file, or the new table would not build; the message says what to change.</exception>
    public static (string Path, string Text, string TypeName) Create(KnownModels models, string id, SeedreamModelTable from, string? typeName, string folder)
    {
        var trimmed = id.Trim();
        if (trimmed.Length == 0 || trimmed.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || trimmed.Any(char.IsControl) || trimmed is "." or "..")
        {
            throw new CommandInputException($"--new '{TerminalText.Escape(id)}' cannot be a model id and a file name; give an id such as seedream-6.0.");
        }

        var name = typeName?.Trim() ?? models.Find(trimmed)?.TypeName ?? Identifiers.ToPascalCase(trimmed);
        var path = Path.Combine(folder, trimmed + ".json");
        var text = Replace(models.TableText(from), new Dictionary<string, string>
        {
            ["$schema"] = SchemaReference,
            ["id"] = trimmed,
            ["typeName"] = name,
        });
        Check(models, path, text);
        return (path, text, name);
    }

    /// <summary>
    /// Writes the table at <paramref name="path"/>, never over an existing file, and the schema beside its folder (replacing
    /// an older one); each file appears whole or not at all.
    /// </summary>
    /// <param name="path">The table's path, from <see cref="Create"/>.</param>
    /// <param name="text">The table's text.</param>
    /// <returns>The schema's path.</returns>
    /// <exception cref="CommandInputException">The table exists already, or a file cannot be written.</exception>
    public static string Write(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var schema = Path.Combine(Path.GetDirectoryName(folder) ?? folder, ShippedTableFiles.SchemaFileName);
        try
        {
            if (File.Exists(path))
            {
                throw new CommandInputException($"{TerminalText.Escape(path)} exists already, and is left as it is: remove it, or choose another id or --out folder.");
            }

            Directory.CreateDirectory(folder);
            WriteWhole(path, text, overwrite: false);
            if (!File.Exists(schema) || File.ReadAllText(schema) != ShippedTableFiles.Schema)
            {
                WriteWhole(schema, ShippedTableFiles.Schema, overwrite: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"The new table cannot be written to {TerminalText.Escape(path)}: {TerminalText.Escape(exception.Message)} Choose another folder with --out.");
        }

        return schema;
    }

    private static void WriteWhole(string path, string text, bool overwrite)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, text);
        try
        {
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// <paramref name="text"/> with the values of the root object's <paramref name="values"/> replaced where they are
    /// written (a missing key is added first), so the rest of the file keeps its layout, comments of notes and all.
    /// </summary>
    private static string Replace(string text, IReadOnlyDictionary<string, string> values)
    {
        var root = (JsonObjectNode)JsonReader.Read(text).Root!;
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var (key, value) in values)
        {
            var literal = JsonSerializer.Serialize(value);
            var property = root.Properties.FirstOrDefault(p => p.Name == key);
            edits.Add(property is null
                ? (root.Span.Start + 1, 0, $"{Environment.NewLine}  {JsonSerializer.Serialize(key)}: {literal},")
                : (property.Value.Span.Start, property.Value.Span.Length, literal));
        }

        foreach (var (start, length, replacement) in edits.OrderByDescending(edit => edit.Start))
        {
            text = text.Remove(start, length).Insert(start, replacement);
        }

        return text;
    }

    /// <summary>Checks the new table beside the shipped tables and the given ones, as a project's build would.</summary>
    private static void Check(KnownModels models, string path, string text)
    {
        var tables = ShippedTableFiles.Tables.Select(file => Parse("(shipped) " + file.FileName, file.Text, TableSource.Shipped))
            .Concat(models.Given.Select(given => Parse(given.Path, given.Text, TableSource.Project)))
            .Append(Parse(path, text, TableSource.Project))
            .ToImmutableArray();
        var errors = tables.SelectMany(table => table.Parsed.Diagnostics)
            .Concat(TableSetBuilder.Build(tables).Diagnostics)
            .Select(diagnostic => diagnostic.ToDiagnostic().ToString())
            .ToList();
        if (errors.Count > 0)
        {
            throw new CommandInputException(
                $"The new table {TerminalText.Escape(path)} would not build:" + Environment.NewLine +
                string.Join(Environment.NewLine, errors.Select(error => TerminalText.Escape(error))) + Environment.NewLine +
                "Choose another id with --new, or another type name with --type-name NAME.");
        }
    }

    private static SourcedTable Parse(string path, string text, TableSource source) =>
        new(TableParser.Parse(path, SourceText.From(text), CancellationToken.None), source);
}
