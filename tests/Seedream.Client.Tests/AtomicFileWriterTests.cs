using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Seedream.IO;
using Seedream.Testing;
using Xunit;

namespace Seedream.Client.Tests;

/// <summary>The one writer that commits image files, for the client and the batch runner alike.</summary>
public class AtomicFileWriterTests
{
    private static readonly byte[] Bytes = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

    [Fact]
    public async Task Commit_WritesTheBytesUnderTheName_ReturnsTheirSha256_AndLeavesNothingElse()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "a.png");

        string sha256;
        using (var file = AtomicFileWriter.Create(directory.Path, "a"))
        {
            await file.WriteAsync(Bytes, 0, 4, CancellationToken.None);
            await file.WriteAsync(Bytes, 4, Bytes.Length - 4, CancellationToken.None);
            Assert.Empty(Directory.GetFiles(directory.Path, "a.png"));
            sha256 = file.Commit(path, replaceExisting: false);
            Assert.Equal(Bytes.Length, file.Length);
        }

        Assert.Equal(Bytes, File.ReadAllBytes(path));
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Bytes)).ToLowerInvariant(), sha256);
        Assert.Equal(new[] { "a.png" }, directory.FileNames());
    }

    [Fact]
    public async Task Commit_WithoutReplace_LeavesAnExistingFileAlone_AndRemovesItsOwn()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "a.png");
        File.WriteAllText(path, "older");

        using (var file = AtomicFileWriter.Create(directory.Path, "a"))
        {
            await file.WriteAsync(Bytes, 0, Bytes.Length, CancellationToken.None);
            Assert.Throws<IOException>(() => file.Commit(path, replaceExisting: false));
        }

        Assert.Equal("older", File.ReadAllText(path));
        Assert.Equal(new[] { "a.png" }, directory.FileNames());
    }

    [Fact]
    public async Task Commit_WithReplace_ReplacesAnExistingFile()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "a.png");
        File.WriteAllText(path, "older");

        using (var file = AtomicFileWriter.Create(directory.Path, "a"))
        {
            await file.WriteAsync(Bytes, 0, Bytes.Length, CancellationToken.None);
            file.Commit(path, replaceExisting: true);
        }

        Assert.Equal(Bytes, File.ReadAllBytes(path));
        Assert.Equal(new[] { "a.png" }, directory.FileNames());
    }

    [Fact]
    public async Task AWriterNeverCommitted_LeavesNoFile()
    {
        using var directory = new TemporaryDirectory();

        using (var file = AtomicFileWriter.Create(directory.Path, "a"))
        {
            await file.WriteAsync(Bytes, 0, Bytes.Length, CancellationToken.None);
            Assert.True(File.Exists(file.TemporaryPath));
        }

        Assert.Empty(directory.FileNames());
    }

    [Fact]
    public void Adopt_MovesAFinishedFileToItsName_WithItsLengthAndSha256()
    {
        using var directory = new TemporaryDirectory();
        var staged = Path.Combine(directory.Path, "staged.png");
        var path = Path.Combine(directory.Path, "final.png");
        File.WriteAllBytes(staged, Bytes);

        using var file = AtomicFileWriter.Adopt(staged);
        var sha256 = file.Commit(path, replaceExisting: true);

        Assert.Equal(new[] { "final.png" }, directory.FileNames());
        Assert.Equal(Bytes, File.ReadAllBytes(path));
        Assert.Equal(Bytes.Length, file.Length);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Bytes)).ToLowerInvariant(), sha256);
    }
}
