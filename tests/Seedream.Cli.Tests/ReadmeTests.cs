using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Seedream.Emulator;
using Seedream.Testing.Cli;
using Seedream.Testing.Readme;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>
/// What the README shows the CLI and the emulator doing is what they do: the main command's messages and its
/// <c>--json</c> object are the output of that command run without a key, and each way of starting the emulator
/// serves images of the size the README says.
/// </summary>
public class ReadmeTests
{
    private const string CommandLineSection = "## The command line: `seedream`";

    private const string SlowSubmit = "Submitting the task to ";

    /// <summary>Values that differ from run to run: compared by their form, not their text.</summary>
    private static readonly Regex TaskId = new(@"task-emu[0-9a-f]+", RegexOptions.CultureInvariant);

    [Fact]
    public async Task MainCommand_WithoutAKey_PrintsTheMessagesTheReadmeShows()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, MainCommandArguments());

        Assert.True(run.ExitCode == 0, run.ToString());
        var shown = ReadmeDocument.Main.Section(CommandLineSection).Blocks("text")[0].Split('\n').Select(Normalize).ToList();
        var printed = run.Errors.Select(Normalize).ToList();
        Assert.Equal(shown.Where(line => !DependsOnTiming(line)), printed.Where(line => !DependsOnTiming(line)));
        Assert.All(printed.Where(line => DependsOnTiming(line) && !line.StartsWith(SlowSubmit, StringComparison.Ordinal)), line => Assert.Contains(line, shown));
    }

    [Fact]
    public async Task MainCommandWithJson_WithoutAKey_PrintsTheObjectTheReadmeShows()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, MainCommandArguments().Append("--json").ToArray());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var shown = JsonDocument.Parse(ReadmeDocument.Main.Section(CommandLineSection).Blocks("json")[0]);
        using var printed = JsonDocument.Parse(run.OutputText);
        Assert.True(
            Shape(shown.RootElement) == Shape(printed.RootElement),
            $"The README's --json example is not what the command prints. It printed:\n{run.OutputText}");
    }

    [Fact]
    public async Task EmulatorSection_ImageSize_IsTheDefault_InProcess_AndWhatSeedreamEmulatorServes()
    {
        var section = OneLine(ReadmeDocument.Main.Section("## The emulator").Text);
        var claim = Regex.Match(section, @"at 1/(?<scale>\d+) of the real API's pixel size \((?<full>\d+x\d+) at (?<ratio>\S+) (?<resolution>\S+) becomes (?<scaled>\d+x\d+)\)");
        Assert.True(claim.Success, "The emulator section does not say its images' size as \"at 1/N of the real API's pixel size (WxH at RATIO RES becomes wxh)\".");
        var (ratio, resolution) = (claim.Groups["ratio"].Value, claim.Groups["resolution"].Value);

        Assert.Equal(int.Parse(claim.Groups["scale"].Value, CultureInfo.InvariantCulture), new EmulatorOptions().ImageScaleDown);
        Assert.Equal(claim.Groups["full"].Value, Format(PixelSizeTable.Lookup(ratio, resolution)));
        Assert.Equal(claim.Groups["scaled"].Value, Format(PixelSizeTable.Scaled(ratio, resolution, new EmulatorOptions().ImageScaleDown)));

        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, null, "emulator", "--urls", "http://127.0.0.1:0", "--queue-seconds", "0", "--processing-seconds", "0");
        var hint = await process.ErrorLineAsync(line => line.StartsWith("Use it from another shell: export ", StringComparison.Ordinal));
        var baseUrl = new Uri(hint.Substring(hint.IndexOf("SEEDREAM_BASE_URL=", StringComparison.Ordinal) + "SEEDREAM_BASE_URL=".Length));
        using var client = new SeedreamClient(new SeedreamClientOptions { ApiKey = "sk-emulator", BaseUrl = baseUrl });
        var result = await client.GenerateAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a lighthouse at dusk").Size(ratio).Resolution(resolution).Build());
        process.Signal("INT");
        await process.WaitForExitAsync();

        Assert.Equal(claim.Groups["scaled"].Value, Assert.Single(result.Task.Images).PixelSize);
    }

    [Fact]
    public async Task CommandLineSection_BuiltInEmulatorScale_IsTheOneTheCliAnnounces()
    {
        var section = OneLine(ReadmeDocument.Main.Section(CommandLineSection).Text);
        var claim = Regex.Match(section, @"placeholders at 1/(?<scale>\d+) of the real API's pixel size");
        Assert.True(claim.Success, "The command line section does not say at what fraction of the real size the built-in emulator's images are.");
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a lighthouse at dusk", "--size", "4:3", "--resolution", "2K");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.Errors, line => line.StartsWith($"Emulator images are placeholders at 1/{claim.Groups["scale"].Value} size: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandTable_HasARowForEveryCommandTheHelpLists()
    {
        var table = ReadmeDocument.Main.Section(CommandLineSection).Text;
        var commands = await CommandsAsync(Array.Empty<string>());

        Assert.Contains("batch run", commands);
        Assert.All(commands, command => Assert.Contains($"| `seedream {command}", table, StringComparison.Ordinal));
    }

    /// <summary>The commands under <paramref name="group"/> as <c>seedream … --help</c> lists them, each group's own commands in its place.</summary>
    private static async Task<IReadOnlyList<string>> CommandsAsync(string[] group)
    {
        using var directory = new TemporaryDirectory();
        var help = await CliProcess.RunAsync(directory.Path, null, group.Append("--help").ToArray());
        Assert.True(help.ExitCode == 0, help.ToString());
        var commands = new List<string>();
        foreach (var line in help.Output.SkipWhile(line => line != "Commands:").Skip(1).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)))
        {
            var path = group.Append(line.Trim().Split(' ')[0]).ToArray();
            var inner = await CommandsAsync(path);
            commands.AddRange(inner.Count == 0 ? new[] { string.Join(' ', path) } : inner);
        }

        return commands;
    }

    /// <summary>The arguments after <c>--</c> of the section's first command, <c>dotnet run --project runtime/Seedream.Cli -- generate "…" …</c>.</summary>
    private static string[] MainCommandArguments()
    {
        var command = ReadmeDocument.Main.Section(CommandLineSection).Blocks("bash")[0].Split('\n')[0];
        var arguments = command.Substring(command.IndexOf(" -- ", StringComparison.Ordinal) + 4);
        return Regex.Matches(arguments, "\"(?<word>[^\"]*)\"|(?<word>\\S+)").Select(match => match.Groups["word"].Value).ToArray();
    }

    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ");

    private static string Normalize(string line) =>
        Regex.Replace(TaskId.Replace(line, "<task id>"), @"processing \d+%(, about \d+ s left)?", "processing <n>%");

    /// <summary>
    /// Whether a line is one the timing decides: a poll may show or miss a status, or show it more than once, and a
    /// submit that takes over a second (a busy machine) is announced.
    /// </summary>
    private static bool DependsOnTiming(string line) =>
        line.EndsWith(": queued", StringComparison.Ordinal) || line.EndsWith(": processing <n>%", StringComparison.Ordinal) || line.StartsWith(SlowSubmit, StringComparison.Ordinal);

    /// <summary>
    /// The object as text with what differs between runs replaced by its form: the task id, the times (ISO 8601 UTC),
    /// the emulator's port, the output folder and the file's size.
    /// </summary>
    private static string Shape(JsonElement element)
    {
        var shape = new List<string>();
        Walk(element, "$", shape);
        return string.Join('\n', shape);
    }

    private static void Walk(JsonElement element, string path, List<string> shape)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path + "." + property.Name, shape);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", shape);
                }

                break;
            default:
                shape.Add(path + " = " + ValueShape(path, element));
                break;
        }
    }

    private static string ValueShape(string path, JsonElement value)
    {
        var name = path.Substring(path.LastIndexOf('.') + 1);
        var text = value.ToString();
        return name switch
        {
            "createdAt" or "completedAt" or "expiresAt" =>
                DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) ? "<ISO 8601 UTC>" : "not ISO 8601 UTC: " + text,
            "bytes" => value.ValueKind == JsonValueKind.Number && value.GetInt64() > 0 ? "<bytes>" : "not a size: " + text,
            "file" => Path.IsPathRooted(text) ? "<full path>/" + TaskId.Replace(Path.GetFileName(Path.GetDirectoryName(text))! + "/" + Path.GetFileName(text), "<task id>") : "not a full path: " + text,
            _ => Regex.Replace(TaskId.Replace(value.ValueKind == JsonValueKind.String ? "\"" + text + "\"" : text, "<task id>"), @"//127\.0\.0\.1:\d+/files/[0-9a-f]+-", "//127.0.0.1:<port>/files/<file>-"),
        };
    }

    private static string Format((int Width, int Height) size) => string.Create(CultureInfo.InvariantCulture, $"{size.Width}x{size.Height}");
}
