using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Seedream.Testing;

namespace Seedream.Package.Tests;

/// <summary>
/// The C# blocks (<c>```csharp</c>) of every README of the repository, written as methods of
/// <c>Readme.ReadmeSnippets</c>: using directives go to the file's top, the rest becomes the body of an
/// async method (or, for a block that declares a type, a nested type), under <c>#line</c> directives so that a
/// compiler error names the README's own line.
/// </summary>
internal static class ReadmeBlocks
{
    private static readonly Regex TypeDeclaration = new(@"^\s*((public|internal|private|sealed|static|abstract|partial)\s+)*(class|record|struct|interface)\s", RegexOptions.CultureInvariant);

    private static readonly Regex UsingDirective = new(@"^\s*using\s+(static\s+)?[A-Za-z_][A-Za-z0-9_.]*(\s*=\s*[A-Za-z_][A-Za-z0-9_.<>]*)?\s*;", RegexOptions.CultureInvariant);

    /// <summary>Every README.md under the repository's top-level folders, and the repository's own.</summary>
    public static IReadOnlyList<string> Readmes() =>
        new[] { Path.Combine(RepositoryPaths.Root, "README.md") }
            .Concat(new[] { "generator", "runtime", "spec" }
                .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "README.md", SearchOption.AllDirectories))
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                               && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal))
            .ToList();

    /// <summary>Writes one source file per README that has C# blocks into <paramref name="directory"/>; returns how many blocks.</summary>
    public static int WriteSources(string directory)
    {
        var count = 0;
        foreach (var readme in Readmes())
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, readme);
            var blocks = ReadmeCode.CSharpBlocks(readme);
            if (blocks.Count == 0)
            {
                continue;
            }

            var usings = new SortedSet<string>(StringComparer.Ordinal);
            var methods = new StringBuilder();
            foreach (var (_, firstLine, lines) in blocks)
            {
                count++;
                var declaresType = lines.FirstOrDefault(line => line.Trim().Length > 0 && !UsingDirective.IsMatch(line)) is { } first && TypeDeclaration.IsMatch(first);
                if (!declaresType)
                {
                    methods.AppendLine($"    private async Task Block{count}()");
                    methods.AppendLine("    {");
                }

                for (var i = 0; i < lines.Count; i++)
                {
                    if (UsingDirective.IsMatch(lines[i]))
                    {
                        usings.Add(lines[i].Split("//")[0].Trim());
                        continue;
                    }

                    methods.AppendLine($"#line {firstLine + i} \"{readme}\"");
                    methods.AppendLine(lines[i]);
                }

                methods.AppendLine("#line default");
                if (!declaresType)
                {
                    methods.AppendLine("        await Task.CompletedTask;");
                    methods.AppendLine("    }");
                }

                methods.AppendLine();
            }

            var source = new StringBuilder();
            source.AppendLine("// The C# blocks of " + relative.Replace('\\', '/') + ".");
            foreach (var directive in usings)
            {
                source.AppendLine(directive);
            }

            source.AppendLine();
            source.AppendLine("namespace Readme;");
            source.AppendLine();
            source.AppendLine("internal sealed partial class ReadmeSnippets");
            source.AppendLine("{");
            source.Append(methods);
            source.AppendLine("}");
            File.WriteAllText(Path.Combine(directory, relative.Replace(Path.DirectorySeparatorChar, '_').Replace(".md", string.Empty, StringComparison.Ordinal) + ".Blocks.cs"), source.ToString());
        }

        return count;
    }
}
