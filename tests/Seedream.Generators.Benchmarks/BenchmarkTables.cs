using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Seedream.Generators.Benchmarks;

/// <summary>The tables the benchmarks feed the generator: the three shipped ones, or many made from them.</summary>
internal static class BenchmarkTables
{
    public static IReadOnlyList<AdditionalText> Shipped() => ShippedTables.All();

    /// <summary><paramref name="count"/> distinct tables derived from the shipped ones (own id and type name each).</summary>
    public static IReadOnlyList<AdditionalText> Generated(int count)
    {
        var tables = new List<AdditionalText>();
        for (var i = 0; i < count; i++)
        {
            var source = ShippedTables.FileNames[i % ShippedTables.FileNames.Length];
            var text = ShippedTables.Read(source);
            var id = "\"id\": \"" + Path.GetFileNameWithoutExtension(source) + "\"";
            var typeName = "\"typeName\": \"Seedream" + Path.GetFileNameWithoutExtension(source).Substring("seedream-".Length).Replace(".", string.Empty) + "\"";
            text = text.Replace(id, $"\"id\": \"bench-{i:D3}\"").Replace(typeName, $"\"typeName\": \"Bench{i:D3}\"");
            tables.Add(new InMemoryAdditionalText($"/spec/models/seedream-bench-{i:D3}.json", text));
        }

        return tables;
    }
}
