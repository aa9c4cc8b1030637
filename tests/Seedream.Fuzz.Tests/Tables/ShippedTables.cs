using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Seedream.Testing;

namespace Seedream.Fuzz.Tests.Tables;

/// <summary>The three tables in <c>spec/models</c>, as bytes, and every string token they contain.</summary>
internal static class ShippedTables
{
    public static readonly string[] FileNames = { "seedream-4.0.json", "seedream-4.5.json", "seedream-5.0.json" };

    public static IReadOnlyList<byte[]> Bytes { get; } = FileNames.Select(name => File.ReadAllBytes(RepositoryPaths.ModelTable(name))).ToList();

    public static IReadOnlyList<string> StringTokens { get; } =
        Bytes.SelectMany(bytes => JsonTokens.Strings(Encoding.UTF8.GetString(bytes))).Distinct().ToList();

    /// <summary>The path a table has in the fuzzed compilation.</summary>
    public static string VirtualPath(int index) => "/consumer/models/" + FileNames[index];
}
