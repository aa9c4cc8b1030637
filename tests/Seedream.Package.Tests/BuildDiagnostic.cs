using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Seedream.Package.Tests;

/// <summary>One error line of MSBuild's console output: <c>path(line,col): error ID: message [project]</c>.</summary>
/// <param name="FileName">The file's name, without its folder.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Id">The diagnostic id, e.g. <c>CS0619</c> or <c>SEEDREAM101</c>.</param>
/// <param name="Message">The message.</param>
internal sealed record BuildDiagnostic(string FileName, int Line, string Id, string Message)
{
    private static readonly Regex ErrorLine = new(
        @"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): error (?<id>[A-Z]+[0-9]+): (?<message>.*?)(?: \[[^\]]+\])?\s*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The distinct errors in <paramref name="output"/> (MSBuild repeats each at the end of a build).</summary>
    public static IReadOnlyList<BuildDiagnostic> ErrorsIn(string output) =>
        ErrorLine.Matches(output)
            .Select(match => new BuildDiagnostic(
                Path.GetFileName(match.Groups["file"].Value.Trim()),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["id"].Value,
                match.Groups["message"].Value))
            .Distinct()
            .ToList();
}
