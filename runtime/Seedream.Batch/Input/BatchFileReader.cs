using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Seedream.Batch.Client;
using Seedream.Cli.Output;

namespace Seedream.Batch.Input;

/// <summary>
/// Reads a batch file: JSON Lines, one request per line with the wire's field names (<c>model</c>, <c>prompt</c>,
/// <c>size</c>, <c>resolution</c>, <c>n</c>, <c>image_urls</c>, <c>watermark</c>, <c>extra</c>) plus an optional
/// <c>name</c> for the output files, in UTF-8 (a line that is not is a problem, never sent with its bytes replaced).
/// Blank lines and lines starting with <c>#</c> are skipped. Every line is checked
/// here, before anything is sent, against its model's table in the catalog the client uses; each problem names its line.
/// </summary>
public static class BatchFileReader
{
    private static readonly byte[] Utf8ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    private static readonly string[] KnownFields = { "name", "model", "prompt", "size", "resolution", "n", "image_urls", "watermark", "extra" };

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    /// <param name="path">The batch file.</param>
    /// <param name="catalog">The model tables the lines are checked against: the client's <see cref="SeedreamClient.Catalog"/>, so a project's own tables are known.</param>
    /// <returns>The valid lines, the problems, and the file's SHA-256.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BatchInput Read(string path, SeedreamModelCatalog catalog)
    {
        if (catalog is null)
        {
            throw new ArgumentNullException(nameof(catalog));
        }

        var fullPath = System.IO.Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
        var bytes = File.ReadAllBytes(fullPath);
        var hash = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        var lines = new List<BatchLine>();
        var problems = new List<BatchLineProblem>();
        var number = 0;
        for (var start = bytes.AsSpan().StartsWith(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0; start <= bytes.Length; number++)
        {
            var length = bytes.AsSpan(start).IndexOf((byte)'\n');
            var raw = bytes.AsSpan(start, length < 0 ? bytes.Length - start : length);
            start += raw.Length + 1;
            if (NotUtf8(raw) is string notText)
            {
                problems.Add(new BatchLineProblem(number + 1, notText));
                continue;
            }

            var line = Encoding.UTF8.GetString(raw).TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var problem = TryParse(number + 1, line, out var parsed) ?? BatchClientAdapter.Check(parsed!, catalog);
            if (problem is null)
            {
                lines.Add(parsed!);
            }
            else
            {
                // Shown with its control characters escaped: the text may hold anything the file did.
                problems.Add(new BatchLineProblem(number + 1, TerminalText.Escape(problem)!));
            }
        }

        return new BatchInput(fullPath, hash, lines, problems);
    }

    /// <summary>Why a line's bytes are not UTF-8 text, naming the first byte that is not; <see langword="null"/> when they are.</summary>
    private static string? NotUtf8(ReadOnlySpan<byte> line)
    {
        for (var at = 0; at < line.Length;)
        {
            if (Rune.DecodeFromUtf8(line.Slice(at), out _, out var used) != OperationStatus.Done)
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"not UTF-8 text: byte {at + 1} of the line (0x{line[at]:X2}) does not start a UTF-8 character, so nothing of it was sent. Save the file as UTF-8 (it may be in Latin-1, Windows-1252 or UTF-16).");
            }

            at += used;
        }

        return null;
    }

    /// <summary>Parses one line's JSON into a <see cref="BatchLine"/> (the model's table is not consulted here).</summary>
    /// <param name="lineNumber">The line's number, from 1.</param>
    /// <param name="text">The line.</param>
    /// <param name="line">The parsed line, when there is no problem.</param>
    /// <returns><see langword="null"/> when the line parsed, else what is wrong with it.</returns>
    internal static string? TryParse(int lineNumber, string text, out BatchLine? line)
    {
        line = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            return $"not valid JSON ({exception.Message.Split(" LineNumber", StringSplitOptions.None)[0].TrimEnd('.', ' ')}, at character {exception.BytePositionInLine + 1}).";
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return $"a line must be one JSON object such as {{\"model\": \"seedream-5.0\", \"prompt\": \"…\"}}; this one is a JSON {root.ValueKind.ToString().ToLowerInvariant()}.";
            }

            var unknown = root.EnumerateObject().Select(p => p.Name).Where(n => !KnownFields.Contains(n, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                return $"unknown field{(unknown.Count > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Select(n => "'" + n + "'"))}; a line may have {string.Join(", ", KnownFields)} (model options go inside extra).";
            }

            try
            {
                var model = RequiredString(root, "model");
                var prompt = RequiredString(root, "prompt");
                var extras = new List<BatchExtra>();
                if (root.TryGetProperty("extra", out var extra) && extra.ValueKind != JsonValueKind.Null)
                {
                    Flatten(extra, "extra", string.Empty, extras);
                }

                line = new BatchLine(
                    lineNumber,
                    text,
                    OptionalString(root, "name"),
                    model,
                    prompt,
                    OptionalString(root, "size"),
                    OptionalString(root, "resolution"),
                    OptionalInt(root, "n"),
                    StringArray(root, "image_urls"),
                    OptionalBool(root, "watermark"),
                    extras);
                return null;
            }
            catch (FormatException exception)
            {
                return exception.Message;
            }
        }
    }

    private static void Flatten(JsonElement element, string shownPath, string path, List<BatchExtra> extras)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"'{shownPath}' must be a JSON object of model options, e.g. {{\"output_format\": \"png\"}}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            var childPath = path.Length == 0 ? property.Name : path + "." + property.Name;
            var childShown = shownPath + "." + property.Name;
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(value, childShown, childPath, extras);
                    break;
                case JsonValueKind.String:
                    extras.Add(new BatchExtra(childPath, value.GetString()!));
                    break;
                case JsonValueKind.True:
                case JsonValueKind.False:
                    extras.Add(new BatchExtra(childPath, value.GetBoolean()));
                    break;
                case JsonValueKind.Number:
                    extras.Add(value.TryGetInt64(out var whole) ? new BatchExtra(childPath, whole) : new BatchExtra(childPath, value.GetDouble()));
                    break;
                case JsonValueKind.Array:
                    extras.Add(new BatchExtra(childPath, ToolTypes(value, childShown)));
                    break;
                default:
                    throw new FormatException($"'{childShown}' is null; leave the option out instead.");
            }
        }
    }

    private static IReadOnlyList<string> ToolTypes(JsonElement array, string shownPath)
    {
        var types = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
            {
                throw new FormatException($"'{shownPath}' must be a list of tools such as [{{\"type\": \"web_search\"}}]; item {types.Count + 1} is not.");
            }

            types.Add(type.GetString()!);
        }

        return types;
    }

    private static string RequiredString(JsonElement root, string field) =>
        OptionalString(root, field) is { Length: > 0 } value && value.Trim().Length > 0
            ? value
            : throw new FormatException($"'{field}' is required and must be a non-empty string.");

    private static string? OptionalString(JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"'{field}' must be a string; it is a JSON {value.ValueKind.ToString().ToLowerInvariant()}.");
    }

    private static int? OptionalInt(JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new FormatException($"'{field}' must be a whole number; it is {value.GetRawText()}.");
    }

    private static bool? OptionalBool(JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new FormatException($"'{field}' must be true or false; it is {value.GetRawText()}.");
    }

    private static IReadOnlyList<string> StringArray(JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return Array.Empty<string>();
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"'{field}' must be a list of URLs; it is a JSON {value.ValueKind.ToString().ToLowerInvariant()}.");
        }

        return value.EnumerateArray()
            .Select((item, i) => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{field}' item {i + 1} must be a URL string.")))
            .ToList();
    }
}
