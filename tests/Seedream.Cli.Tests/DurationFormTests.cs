using System;
using System.Linq;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>Every duration option and variable takes the same forms: seconds, or numbers with units, largest first.</summary>
public class DurationFormTests
{
    [Theory]
    [InlineData("90", 90)]
    [InlineData("1.5", 1.5)]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("2m30s", 150)]
    [InlineData("1m30.5s", 90.5)]
    [InlineData("1h 30m", 5400)]
    [InlineData(" 1H30M ", 5400)]
    [InlineData("500ms", 0.5)]
    [InlineData("1s500ms", 1.5)]
    [InlineData("24h", 86400)]
    public void Duration_TakesSecondsOrNumbersWithUnits(string text, double seconds)
    {
        Assert.True(Duration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5x")]
    [InlineData("m")]
    [InlineData("30m1h")]
    [InlineData("5m5m")]
    [InlineData("1h-30m")]
    [InlineData("-5")]
    [InlineData("24h1s")]
    [InlineData("1e3")]
    public void Duration_RefusesAnythingElse(string text)
    {
        Assert.False(Duration.TryParse(text, out _));
    }

    [Fact]
    public void EveryDurationOption_TakesEveryForm()
    {
        var options = CommandTree.Options().Where(option => option.Option.ValueType == typeof(TimeSpan?)).ToList();
        Assert.Equal(
            new[] { "seedream batch run --wait-timeout", "seedream emulator --processing-seconds", "seedream emulator --queue-seconds", "seedream generate --timeout", "seedream wait --timeout" },
            options.Select(option => option.Command + " " + option.Option.Name).Order());
        foreach (var (command, option) in options)
        {
            foreach (var (form, expected) in new[] { ("90", 90.0), ("90s", 90), ("5m", 300), ("1h30m", 5400), ("500ms", 0.5) })
            {
                var root = CommandTree.Root();
                var arguments = command.Split(' ').Skip(1).Concat(command switch
                {
                    "seedream generate" => new[] { "a cat" },
                    "seedream wait" => new[] { "task-1" },
                    "seedream batch run" => new[] { "jobs.jsonl" },
                    _ => Array.Empty<string>(),
                }).Concat(new[] { option.Name, form }).ToArray();

                var parsed = root.Parse(arguments);

                Assert.True(parsed.Errors.Count == 0, $"{command} {option.Name} {form}: " + string.Join("; ", parsed.Errors.Select(e => e.Message)));
                Assert.Equal(TimeSpan.FromSeconds(expected), parsed.GetValue<TimeSpan?>(option.Name));
            }
        }
    }
}
