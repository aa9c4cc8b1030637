using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Seedream.Generators.Benchmarks;

/// <summary>The tables the benchmarks feed the generator: the three shipped ones, or many made from them.</summary>
internal static class BenchmarkTables
{
    private static readonly string[] ShippedNames = { "seedream-4.0.json", "seedream-4.5.json", "seedream-5.0.json" };

    public static IReadOnlyList<AdditionalText> Shipped()
    {
        var tables = new List<AdditionalText>();
        foreach (var name in ShippedNames)
        {
            tables.Add(new Table("/spec/models/" + name, File.ReadAllText(Path.Combine(ModelsDirectory(), name))));
        }

        return tables;
    }

    /// <summary><paramref name="count"/> distinct tables derived from the shipped ones (own id and type name each).</summary>
    public static IReadOnlyList<AdditionalText> Generated(int count)
    {
        var tables = new List<AdditionalText>();
        for (var i = 0; i < count; i++)
        {
            var source = ShippedNames[i % ShippedNames.Length];
            var text = File.ReadAllText(Path.Combine(ModelsDirectory(), source));
            var id = "\"id\": \"" + Path.GetFileNameWithoutExtension(source) + "\"";
            var typeName = "\"typeName\": \"Seedream" + Path.GetFileNameWithoutExtension(source).Substring("seedream-".Length).Replace(".", string.Empty) + "\"";
            text = text.Replace(id, $"\"id\": \"bench-{i:D3}\"").Replace(typeName, $"\"typeName\": \"Bench{i:D3}\"");
            tables.Add(new Table($"/spec/models/seedream-bench-{i:D3}.json", text));
        }

        return tables;
    }

    private static string ModelsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Seedream.Generators.sln")))
            {
                return Path.Combine(dir.FullName, "spec", "models");
            }
        }

        throw new InvalidOperationException($"Seedream.Generators.sln was not found above {AppContext.BaseDirectory}.");
    }

    private sealed class Table : AdditionalText
    {
        private readonly SourceText _text;

        public Table(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
