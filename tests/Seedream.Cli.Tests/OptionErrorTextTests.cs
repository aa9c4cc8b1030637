using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>
/// Every option of every command, given a value of the wrong form, is refused with exit code 2 by a message that names the
/// option, never a .NET type, and points only at commands that exist. The options are read from the command tree, so a
/// new option is tested without being listed here.
/// </summary>
public class OptionErrorTextTests
{
    /// <summary>What each command needs besides the option, so that the option's value is what fails.</summary>
    private static readonly Dictionary<string, string[]> CommandArguments = new()
    {
        ["seedream generate"] = new[] { "a cat" },
        ["seedream status"] = new[] { "task-1" },
        ["seedream wait"] = new[] { "task-1" },
        ["seedream cancel"] = new[] { "task-1" },
        ["seedream models"] = Array.Empty<string>(),
        ["seedream emulator"] = Array.Empty<string>(),
        ["seedream batch run"] = new[] { "jobs.jsonl" },
        ["seedream batch report"] = Array.Empty<string>(),
    };

    /// <summary>
    /// A wrong value of each text option, which its command checks when it runs (an option parsed into a number, a
    /// duration, a link or a choice gets <see cref="WrongForm"/>, and a switch a value at all).
    /// </summary>
    private static readonly Dictionary<string, string> CheckedWhenRun = new()
    {
        ["--model"] = "seedream-9",
        ["--size"] = "7:3",
        ["--resolution"] = "9K",
        ["--extra"] = "no-equals-sign",
        ["--out"] = "taken",
        ["--model-table"] = "missing.json",
        ["--new"] = "a/b",
        ["--from"] = "seedream-9",
        ["--type-name"] = "9lives",
        ["--urls"] = "ftp://127.0.0.1:5080",
        ["--api-key"] = "two words",
    };

    /// <summary>The options that only go with <c>--new</c>.</summary>
    private static readonly string[] WithNew = { "--from", "--type-name", "--out" };

    private const string WrongForm = "bad!value";

    private static readonly Regex DotNetName = new(@"System\.\w|`\d|\b(Nullable|Int32|Int64|Double|Boolean|TimeSpan|String|Uri)\b|Exception\b", RegexOptions.CultureInvariant);

    private static readonly Regex HelpHint = new(@"'(seedream[a-z ]*) --help'", RegexOptions.CultureInvariant);

    public static IEnumerable<object[]> EveryOption() =>
        CommandTree.Options().Select(option => new object[] { option.Command, option.Option.Name });

    [Fact]
    public void EveryCommandThatTakesOptions_IsCovered()
    {
        Assert.Empty(CommandTree.Options().Select(option => option.Command).Distinct().Except(CommandArguments.Keys));
    }

    [Theory]
    [MemberData(nameof(EveryOption))]
    public async Task OptionWithAWrongValue_ExitsWith2_NamingTheOption_NeverADotNetType_AndPointsOnlyAtRealCommands(string command, string option)
    {
        var symbol = CommandTree.Options().Single(o => o.Command == command && o.Option.Name == option).Option;
        var value = symbol.ValueType == typeof(bool) ? "maybe"
            : CheckedWhenRun.TryGetValue(option, out var checkedValue) ? checkedValue
            : symbol is Option<string> { CustomParser: null } or Option<string[]> { CustomParser: null } ? throw new InvalidOperationException($"{command} {option} takes text checked when the command runs: give it a wrong value in {nameof(CheckedWhenRun)}.")
            : WrongForm;
        using var directory = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "taken"), "a file, not a folder");
        File.WriteAllText(Path.Combine(directory.Path, "jobs.jsonl"), "{\"model\": \"seedream-5.0\", \"prompt\": \"a cat\"}\n");
        var arguments = command.Split(' ').Skip(1)
            .Concat(CommandArguments[command])
            .Concat(command == "seedream models" && WithNew.Contains(option) ? new[] { "--new", "seedream-6.0" } : Array.Empty<string>())
            .Concat(new[] { option, value })
            .ToArray();
        // batch run needs a key before it reads its options' values; nothing listens at port 9, and nothing may be sent.
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = "sk-unused", ["SEEDREAM_BASE_URL"] = "http://127.0.0.1:9/" };

        var run = await CliProcess.RunAsync(directory.Path, command == "seedream batch run" ? environment : null, arguments);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(option, run.ErrorText);
        // With --json the same words also go to standard output, as the error of the one JSON document.
        Assert.DoesNotMatch(DotNetName, run.ErrorText + run.OutputText);
        var commands = CommandTree.Commands().Select(c => c.Name).ToHashSet();
        Assert.All(HelpHint.Matches(run.ErrorText + run.OutputText), hint => Assert.Contains(hint.Groups[1].Value, commands));
    }

    [Fact]
    public async Task BatchRunWaitTimeout_TakesADurationWithAUnit()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "batch", "run", "jobs.jsonl", "--wait-timeout", "5m");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("The batch file 'jobs.jsonl' does not exist.", Assert.Single(run.Errors));
    }
}
