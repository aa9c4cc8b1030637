using System.IO;
using Seedream.Testing;

namespace Seedream.Batch.Tests.Infrastructure;

/// <summary>Batch files written for a test.</summary>
internal static class BatchFiles
{
    /// <summary>Writes <paramref name="lines"/>, each ended by a line feed, as a batch file inside <paramref name="folder"/> and returns its path.</summary>
    /// <param name="folder">The test's folder.</param>
    /// <param name="fileName">The file's name, e.g. <c>jobs.jsonl</c>.</param>
    /// <param name="lines">The batch's lines, one job each.</param>
    public static string WriteBatch(this TemporaryDirectory folder, string fileName, params string[] lines)
    {
        var path = folder.Combine(fileName);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
