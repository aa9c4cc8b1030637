using System.IO;
using System.Text;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Batch.Tests.Infrastructure;

/// <summary>Searches a batch's output folder for an API key: every file's bytes and every name, in each spelling a reader would turn back into the key.</summary>
internal static class KeyInFiles
{
    public static void AssertNone(string key, string folder)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            Assert.Empty(KeySearch.SpellingsIn(key, path));
            if (File.Exists(path))
            {
                var found = KeySearch.SpellingsIn(key, Encoding.Latin1.GetString(File.ReadAllBytes(path)));
                Assert.True(found.Count == 0, $"{path} holds the key as {string.Join(", ", found)}");
            }
        }
    }
}
