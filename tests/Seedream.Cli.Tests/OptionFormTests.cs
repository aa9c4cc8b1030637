using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>Option values of the wrong form: exit code 2, naming the option and the form it takes.</summary>
public class OptionFormTests
{
    [Theory]
    [InlineData("--count", "x", "--count takes a whole number of 1 or more; 'x' is not one.")]
    [InlineData("-n", "2.5", "--count takes a whole number of 1 or more; '2.5' is not one.")]
    [InlineData("--n", "0", "--count takes a whole number of 1 or more; '0' is not one.")]
    [InlineData("--timeout", "5x", "--timeout takes a duration of more than 0, in seconds, or numbers with units h, m, s, ms: 90, 90s, 5m, 1h30m, 500ms; '5x' is not one.")]
    [InlineData("--timeout", "0", "--timeout takes a duration of more than 0, in seconds, or numbers with units h, m, s, ms: 90, 90s, 5m, 1h30m, 500ms; '0' is not one.")]
    [InlineData("--timeout", "99999h", "--timeout takes a duration of more than 0, in seconds, or numbers with units h, m, s, ms: 90, 90s, 5m, 1h30m, 500ms; '99999h' is not one.")]
    [InlineData("--watermark", "maybe", "--watermark takes yes or no (also true/false, on/off, 1/0); 'maybe' is not one.")]
    [InlineData("--format", "gif", "--format takes png or jpeg (jpg is taken for jpeg); 'gif' is not one.")]
    [InlineData("--timeout", "30m1h", "--timeout takes a duration of more than 0, in seconds, or numbers with units h, m, s, ms: 90, 90s, 5m, 1h30m, 500ms; '30m1h' is not one.")]
    [InlineData("--timeout", "5m5m", "--timeout takes a duration of more than 0, in seconds, or numbers with units h, m, s, ms: 90, 90s, 5m, 1h30m, 500ms; '5m5m' is not one.")]
    [InlineData("--image", "ftp://example.com/cat.png", "--image takes an http or https link such as https://example.com/cat.png; 'ftp://example.com/cat.png' is not one.")]
    [InlineData("--image", "file:///etc/passwd", "--image takes an http or https link such as https://example.com/cat.png; 'file:///etc/passwd' is not one.")]
    [InlineData("--image", "cat.png", "--image takes an http or https link such as https://example.com/cat.png; 'cat.png' is not one.")]
    [InlineData("--format", "\u001b[31mred", "--format takes png or jpeg (jpg is taken for jpeg); '\\x1B[31mred' is not one.")]
    public async Task Generate_OptionValueOfTheWrongForm_ExitsWith2_NamingTheOptionAndItsForm(string option, string value, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", option, value);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(new[] { expected, "See 'seedream generate --help'." }, run.Errors);
        Assert.Empty(run.OutputLines);
    }
}
