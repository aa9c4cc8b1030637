using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Seedream.Generators.Parsing;

/// <summary>Turns wire values into readable C# member names: <c>16:9</c> → <c>Ratio16x9</c>, <c>2K</c> → <c>Res2K</c>, <c>b64_json</c> → <c>B64Json</c>.</summary>
internal static class Identifiers
{
    public static string SizeMember(string wire) => "Ratio" + ToPascalCase(wire.Replace(':', 'x'));

    public static string ResolutionMember(string wire) => "Res" + ToPascalCase(wire);

    public static string ValueMember(string wire) => ToPascalCase(wire);

    /// <summary>Splits on every character that is neither a letter nor a digit and capitalises each part.</summary>
    public static string ToPascalCase(string value)
    {
        var builder = new StringBuilder(value.Length);
        var startOfPart = true;
        foreach (var c in value)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfPart = true;
                continue;
            }

            builder.Append(startOfPart ? char.ToUpperInvariant(c) : c);
            startOfPart = false;
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="name"/> can name a C# type or member as is.</summary>
    public static bool IsValid(string name)
        => name.Length > 0 && SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
           && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;
}
