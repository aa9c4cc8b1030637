using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Seedream.Testing;

namespace Seedream.Emulator.Tests;

/// <summary>What the README's webhook receiver records: the tasks whose images are saved (its <c>saved</c>).</summary>
public interface ISavedTasks
{
    bool Contains(string taskId);

    void Add(string taskId);
}

/// <summary>An <see cref="ISavedTasks"/> in memory.</summary>
internal sealed class SavedTasks : ISavedTasks
{
    private readonly ConcurrentDictionary<string, bool> _saved = new(StringComparer.Ordinal);

    public string[] Ids => _saved.Keys.ToArray();

    public bool Contains(string taskId) => _saved.ContainsKey(taskId);

    public void Add(string taskId) => _saved[taskId] = true;
}

/// <summary>
/// The webhook receiver of the repository's README.md, compiled as written: the one C# block that calls
/// <c>SeedreamWebhook.ParseAsync</c> becomes the body of <c>Map(WebApplication app, string imagesFolder)</c>, under
/// <c>#line</c> directives so that a compiler error or warning names the README's own line.
/// </summary>
internal static class ReadmeWebhookReceiver
{
    private static readonly Lazy<Action<WebApplication, string>> Compiled = new(Compile);

    /// <summary>Maps the README's endpoint onto <paramref name="app"/>, saving images into <paramref name="imagesFolder"/>.</summary>
    public static void Map(WebApplication app, string imagesFolder) => Compiled.Value(app, imagesFolder);

    private static Action<WebApplication, string> Compile()
    {
        var readme = RepositoryPaths.Of("README.md");
        var block = ReadmeCode.CSharpBlocks(readme).Single(b => b.Lines.Any(line => line.Contains("SeedreamWebhook.ParseAsync", StringComparison.Ordinal)));
        var source = new StringBuilder("""
            using System;
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Seedream;
            using Seedream.Emulator.Tests;

            public static class ReadmeReceiver
            {
                public static void Map(WebApplication app, string imagesFolder)
                {

            """);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            source.AppendLine($"#line {block.FirstLine + i} \"{readme}\"").AppendLine(block.Lines[i]);
        }

        source.AppendLine("#line default").AppendLine("    }").AppendLine("}");

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeWebhookReceiver",
            new[] { CSharpSyntaxTree.ParseText(source.ToString(), path: "ReadmeWebhookReceiver.g.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);

        // As where the README's blocks are built from the packages, a warning in the README's own code counts as an error.
        var problems = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is not null)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The README's webhook receiver does not compile cleanly:\n" + string.Join("\n", problems));
        }

        image.Position = 0;
        var assembly = AssemblyLoadContext.Default.LoadFromStream(image);
        var map = assembly.GetType("ReadmeReceiver")!.GetMethod("Map", BindingFlags.Public | BindingFlags.Static)!;
        return map.CreateDelegate<Action<WebApplication, string>>();
    }
}
