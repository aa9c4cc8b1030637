using System.IO;
using Seedream.Cli.Output;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>The writer every line of the CLI goes through when a key is set: the key, in any case and however split, never passes.</summary>
public class RedactingWriterTests
{
    private const string Key = "sk-Secret-42";

    [Theory]
    [InlineData("task-SK-SECRET-42: queued\n", "task-[redacted]: queued\n")]
    [InlineData("sk-secret-42 and sk-Secret-42\n", "[redacted] and [redacted]\n")]
    [InlineData("sk-see\n", "sk-see\n")]
    public void WholeWrites_HaveTheKeyReplaced_InAnyCase(string written, string expected)
    {
        var (writer, inner) = Create();

        writer.Write(written);

        Assert.Equal(expected, inner.ToString());
    }

    [Fact]
    public void KeySplitAcrossWrites_IsHeldBack_ThenReplaced()
    {
        var (writer, inner) = Create();

        foreach (var character in "id sk-SECRET-42 done")
        {
            writer.Write(character);
        }

        Assert.Equal("id [redacted] done", inner.ToString());
    }

    [Fact]
    public void TextThatOnlyBeginsLikeTheKey_IsReleasedAtTheLineBreak()
    {
        var (writer, inner) = Create();

        writer.Write("ends with sk-Sec");
        Assert.Equal("ends with ", inner.ToString());

        writer.WriteLine();
        Assert.Equal("ends with sk-Sec" + writer.NewLine, inner.ToString());
    }

    private static (RedactingWriter Writer, StringWriter Inner) Create()
    {
        var inner = new StringWriter();
        return (new RedactingWriter(inner, Key), inner);
    }
}
