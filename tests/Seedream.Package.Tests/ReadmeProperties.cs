using System;
using System.IO;
using System.Linq;
using Seedream.Testing.Readme;

namespace Seedream.Package.Tests;

/// <summary>
/// The MSBuild properties the repository's README tells users to add (its <c>```xml</c> blocks that are a
/// <c>&lt;PropertyGroup&gt;</c>), written as they stand into a Directory.Build.props, so that the project built from
/// the README's code gets exactly the settings the README shows.
/// </summary>
internal static class ReadmeProperties
{
    /// <summary>Writes Directory.Build.props into <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder of the project built from the README's code.</param>
    public static void Write(string directory)
    {
        var groups = ReadmeDocument.Main.Blocks("xml").Where(block => block.TrimStart().StartsWith("<PropertyGroup>", StringComparison.Ordinal)).ToList();
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project>\n" + string.Join('\n', groups) + "\n</Project>\n");
    }
}
