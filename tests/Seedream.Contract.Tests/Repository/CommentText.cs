using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Seedream.Contract.Tests.Repository;

/// <summary>The prose of a tracked file: what a reader takes as words rather than code.</summary>
internal static class CommentText
{
    private static readonly Regex XmlComment = new("<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex ShellComment = new(@"(?:^|[ \t])#[^\n]*", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>
    /// The comments of a C# file (XML documentation included), of an MSBuild file (<c>&lt;!-- --&gt;</c>) or of a shell
    /// script (<c>#</c>), one a line; the whole text of any other file (Markdown, JSON).
    /// </summary>
    /// <param name="path">The file's path, for its extension.</param>
    /// <param name="text">Its text.</param>
    public static string Of(string path, string text) => Extension(path) switch
    {
        ".cs" => CSharpComments(text),
        ".csproj" or ".props" or ".targets" => string.Join('\n', XmlComment.Matches(text).Select(match => match.Value)),
        ".sh" => string.Join('\n', ShellComment.Matches(text).Select(match => match.Value)),
        _ => text,
    };

    private static string Extension(string path) => path[Math.Max(path.LastIndexOf('.'), 0)..];

    /// <summary>Comments, skipping string and character literals (regular, verbatim, interpolated and raw) so that <c>"https://…"</c> is not one.</summary>
    private static string CSharpComments(string text)
    {
        var comments = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '/' && At(text, i + 1) == '/')
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                comments.Append(text, i, end - i).Append('\n');
                i = end;
            }
            else if (text[i] == '/' && At(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                comments.Append(text, i, end - i).Append('\n');
                i = end;
            }
            else if (text[i] == '"')
            {
                i = AfterString(text, i);
            }
            else if (text[i] == '\'')
            {
                i = AfterCharacter(text, i);
            }
            else
            {
                i++;
            }
        }

        return comments.ToString();
    }

    private static int AfterString(string text, int start)
    {
        var quotes = 0;
        while (At(text, start + quotes) == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            var fence = new string('"', quotes);
            var end = text.IndexOf(fence, start + quotes, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + quotes;
        }

        if (quotes == 2)
        {
            return start + 2;
        }

        var verbatim = false;
        for (var prefix = start - 1; prefix >= 0 && (text[prefix] == '@' || text[prefix] == '$'); prefix--)
        {
            verbatim |= text[prefix] == '@';
        }

        for (var i = start + 1; i < text.Length; i++)
        {
            if (verbatim && text[i] == '"')
            {
                if (At(text, i + 1) != '"')
                {
                    return i + 1;
                }

                i++;
            }
            else if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (!verbatim && (text[i] == '"' || text[i] == '\n'))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static int AfterCharacter(string text, int start)
    {
        var end = At(text, start + 1) == '\\' ? text.IndexOf('\'', start + 3) : start + 2;
        return end >= 0 && end - start <= 10 && At(text, end) == '\'' ? end + 1 : start + 1;
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';
}
