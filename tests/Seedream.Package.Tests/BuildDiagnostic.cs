using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Seedream.Package.Tests;

/// <summary>
/// One error line of MSBuild's console output: <c>origin(line,col): error ID: message [project]</c>, where the
/// origin is a file, or a tool (<c>CSC</c>) for a diagnostic without a location, and the position may be absent.
/// </summary>
/// <param name="FileName">The file's name without its folder, or the tool's name.</param>
/// <param name="Line">The 1-based line, or 0 when none is given.</param>
/// <param name="Id">The diagnostic id, e.g. <c>CS0619</c> or <c>SEEDREAM101</c>.</param>
/// <param name="Message">The message.</param>
/// <param name="Project">The file name of the project being built, e.g. <c>Consumer.csproj</c>.</param>
public sealed record BuildDiagnostic(string FileName, int Line, string Id, string Message, string Project)
{
    private static readonly Regex ErrorLine = new(
        @"^\s*(?<origin>[^\s(:][^(:]*?)(?:\((?<line>\d+),(?<column>\d+)\))?\s*: error (?<id>[A-Z]+[0-9]+): (?<message>.*?)(?: \[(?<project>[^\]]+)\])?\s*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The distinct errors in <paramref name="output"/> (MSBuild repeats each at the end of a build).</summary>
    public static IReadOnlyList<BuildDiagnostic> ErrorsIn(string output) =>
        ErrorLine.Matches(output)
            .Select(match => new BuildDiagnostic(
                Path.GetFileName(match.Groups["origin"].Value.Trim()),
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                match.Groups["id"].Value,
                match.Groups["message"].Value,
                Path.GetFileName(match.Groups["project"].Value.Trim())))
            .Distinct()
            .ToList();
}
