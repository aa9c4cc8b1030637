using System;
using System.Collections.Generic;
using System.Linq;
using Seedream.Testing.Readme;

namespace Seedream.Package.Tests.LocalFeed;

/// <summary>The README's local-feed steps (section "Using the package"), as a script per folder they run in.</summary>
internal static class ReadmeLocalFeedSteps
{
    /// <summary>The comment that marks a step run once per machine, not again after a change.</summary>
    public const string OncePerMachine = "# once per machine";

    /// <summary>The README's block of steps, line by line.</summary>
    public static IReadOnlyList<string> Lines { get; } =
        ReadmeDocument.Main.Section("## Using the package").Blocks("bash")[0].Split('\n').Where(line => line.Trim().Length > 0).ToList();

    /// <summary>
    /// One bash script of every step, each run in its folder: the steps the README marks "in your project" or "in
    /// your test project" in <paramref name="project"/>, the others in <paramref name="repository"/>; shell
    /// variables carry from one step to the next.
    /// </summary>
    /// <param name="repository">The clone of the repository.</param>
    /// <param name="project">The user's project.</param>
    /// <param name="again">Whether the steps are run again after a change: the steps run once per machine are left out.</param>
    public static string Script(string repository, string project, bool again) => string.Join('\n', Lines
        .Where(line => !(again && line.Contains(OncePerMachine, StringComparison.Ordinal)))
        .Select(line => $"cd '{(IsInTheProject(line) ? project : repository)}'\n{line}"));

    /// <summary>The line that installs the <c>seedream</c> tool.</summary>
    public static string ToolLine => Lines.Single(line => line.StartsWith("dotnet tool ", StringComparison.Ordinal));

    private static bool IsInTheProject(string line) =>
        line.Contains("# in your project", StringComparison.Ordinal) || line.Contains("# in your test project", StringComparison.Ordinal);
}
