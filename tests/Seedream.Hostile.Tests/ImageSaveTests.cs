using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>What is saved is an image, named by its bytes; every failure is typed and reported per image.</summary>
public class ImageSaveTests
{
    [Theory]
    [InlineData("<html><body>403 Forbidden</body></html>", "image/jpeg")]
    [InlineData("<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>", "image/png")]
    [InlineData("\u001f\u008b\u0008\u0000gzip", "image/png")]
    public async Task Save_BodyThatIsNotAnImage_IsInvalidData_AndNoFileIsLeft(string body, string contentType)
    {
        using var server = new HostileServer(_ => Answer.Bytes(200, Encoding.Latin1.GetBytes(body), contentType));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => Save(client, server, folder, "task-1", "files/a.png"));

        Assert.Equal(SeedreamImageSaveFailureReason.InvalidData, error.Failures.Single().Reason);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Save_PngServedAsJpeg_IsSavedAsPng()
    {
        using var server = new HostileServer(_ => Answer.Bytes(200, Wire.Png, "image/jpeg"));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();

        var saved = await Save(client, server, folder, "task-1", "files/a.jpg");

        Assert.EndsWith(".png", saved.Single().Path);
        Assert.Equal("image/png", saved.Single().MediaType);
    }

    [Theory]
    [InlineData("data:image/png;base64,")]
    [InlineData("")]
    public async Task Save_Base64InEveryShape_Decodes(string prefix)
    {
        var standard = Convert.ToBase64String(Wire.Png);
        var urlSafeUnpadded = standard.Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var wrapped = string.Join("\\n", Enumerable.Range(0, (urlSafeUnpadded.Length + 75) / 76).Select(i => urlSafeUnpadded.Substring(i * 76, Math.Min(76, urlSafeUnpadded.Length - (i * 76)))));
        using var client = new SeedreamClient(Clients.Options(new Uri("http://127.0.0.1:9/")));
        using var folder = new TemporaryDirectory();
        var task = SeedreamWebhook.Parse("{\"task_id\":\"task-b64\",\"status\":\"completed\",\"result\":{\"images\":[{\"b64_json\":\"" + prefix + wrapped + "\"}]}}");

        var saved = await client.CreateResult(task).SaveImagesAsync(folder.Path);

        Assert.Equal(Wire.Png, File.ReadAllBytes(saved.Single().Path));
    }

    [Fact]
    public async Task Save_403OnALinkNotYetExpired_IsRetried_ThenReportedAsRefused()
    {
        using var server = new HostileServer(_ => Answer.Full(403, "denied", "text/plain"));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();
        var expires = DateTimeOffset.UtcNow.AddHours(20).ToUnixTimeMilliseconds();
        var task = SeedreamWebhook.Parse($"{{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{{\"images\":[{{\"url\":\"{server.Url("files/a.png")}\",\"expires_at\":{expires}}}]}}}}");

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => client.CreateResult(task).SaveImagesAsync(folder.Path));

        Assert.Equal(SeedreamImageSaveFailureReason.Refused, error.Failures.Single().Reason);
        Assert.Equal(Clients.Attempts, server.Seen.Count);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/a.png")]
    public async Task Save_LinkRedirectingToANonHttpScheme_FailsThatImageOnly_AndKeepsTheOtherSaved(string target)
    {
        using var server = new HostileServer(request => request.Path.EndsWith("good.png")
            ? Answer.Bytes(200, Wire.Png, "image/png")
            : Answer.Redirect(302, target));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();
        var task = SeedreamWebhook.Parse(Wire.Completed("task-1", server.Url("files/good.png").ToString(), server.Url("files/bad.png").ToString()));

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => client.CreateResult(task).SaveImagesAsync(folder.Path));

        Assert.Single(error.Saved);
        Assert.Equal(1, error.Failures.Single().ImageIndex);
        Assert.True(File.Exists(error.Saved.Single().Path));
    }

    [Fact]
    public async Task Save_TaskIdOfAThousandCharacters_GivesABoundedName_AndTwoSuchIdsDoNotCollide()
    {
        using var server = new HostileServer(_ => Answer.Bytes(200, Wire.Png, "image/png"));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();

        var first = await Save(client, server, folder, new string('a', 1000) + "1", "files/a.png");
        var second = await Save(client, server, folder, new string('a', 1000) + "2", "files/a.png");
        var symbols = await Save(client, server, folder, "///", "files/a.png");

        Assert.All(new[] { first, second, symbols }, saved => Assert.InRange(Path.GetFileName(saved.Single().Path).Length, 5, 120));
        Assert.NotEqual(first.Single().Path, second.Single().Path);
    }

    [Fact]
    public async Task Save_SweepsItsOwnStaleTemporaryFiles_AndNothingElse()
    {
        using var server = new HostileServer(_ => Answer.Bytes(200, Wire.Png, "image/png"));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();
        var stale = Path.Combine(folder.Path, ".seedream-task-0-0." + Guid.NewGuid().ToString("N") + ".tmp");
        var fresh = Path.Combine(folder.Path, ".seedream-task-0-1." + Guid.NewGuid().ToString("N") + ".tmp");
        var someoneElses = Path.Combine(folder.Path, ".other-0." + Guid.NewGuid().ToString("N") + ".tmp");
        foreach (var path in new[] { stale, fresh, someoneElses })
        {
            File.WriteAllText(path, "x");
        }

        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-1));
        File.SetLastWriteTimeUtc(someoneElses, DateTime.UtcNow.AddDays(-1));

        await Save(client, server, folder, "task-1", "files/a.png");

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(someoneElses));
    }

    [Fact]
    public async Task Save_TaskClaimingTwoThousandImages_IsAnError_AndWritesNothing()
    {
        using var server = new HostileServer(_ => Answer.Bytes(200, Wire.Png, "image/png"));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();
        var links = Enumerable.Range(0, 2000).Select(i => server.Url($"files/{i}.png").ToString()).ToArray();

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => client.CreateResult(SeedreamWebhook.Parse(Wire.Completed("task-1", links))).SaveImagesAsync(folder.Path));

        Assert.Equal(SeedreamImageSaveFailureReason.LimitExceeded, error.Failures.Single().Reason);
        Assert.Null(error.Failures.Single().ImageIndex);
        Assert.Empty(server.Seen);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Save_TwoTaskIdsThatReadAlikeOnceMadeSafe_IntoOneFolder_KeepBothImages()
    {
        using var server = new HostileServer(_ => Answer.Bytes(200, Wire.Png, "image/png"));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();

        var first = await client.CreateResult(SeedreamWebhook.Parse(Wire.Completed("task:1", server.Url("a.png").ToString()))).SaveImagesAsync(folder.Path);
        var second = await client.CreateResult(SeedreamWebhook.Parse(Wire.Completed("task_1", server.Url("b.png").ToString()))).SaveImagesAsync(folder.Path);

        Assert.NotEqual(first.Single().Path, second.Single().Path);
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
        Assert.Equal("task_1-0.png", Path.GetFileName(second.Single().Path));
    }

    [Fact]
    public async Task Stream_CompletedTaskWithAnEntryCarryingNothing_YieldsItAsAFailedImage()
    {
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-1", "completed", 100, ",\"result\":{\"images\":[{\"url\":\"https://cdn.example/a.png\"},{},{\"url\":\"https://cdn.example/c.png\"}]}")));
        using var client = Clients.For(server);

        var images = new System.Collections.Generic.List<SeedreamImage>();
        await foreach (var image in client.StreamImagesAsync("task-1"))
        {
            images.Add(image);
        }

        Assert.Equal(new[] { 0, 1, 2 }, images.Select(image => image.Index).OrderBy(index => index));
        Assert.False(images.Single(image => image.Index == 1).Succeeded);
    }

    [Fact]
    public async Task Save_ImagesOverTheTasksByteBudget_FailAsLimitExceeded()
    {
        using var server = new HostileServer(_ => Answer.Bytes(200, Wire.Png, "image/png"));
        using var client = Clients.For(server, o => o.Download.MaxBytesPerTask = Wire.Png.Length + 10);
        using var folder = new TemporaryDirectory();
        var task = SeedreamWebhook.Parse(Wire.Completed("task-1", server.Url("files/0.png").ToString(), server.Url("files/1.png").ToString()));

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => client.CreateResult(task).SaveImagesAsync(folder.Path));

        Assert.Single(error.Saved);
        Assert.Equal(SeedreamImageSaveFailureReason.LimitExceeded, error.Failures.Single().Reason);
    }

    [Fact]
    public async Task Save_FolderThatCannotBeCreated_IsATypedFailure()
    {
        using var server = new HostileServer(_ => Answer.Bytes(200, Wire.Png, "image/png"));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();
        var file = Path.Combine(folder.Path, "a-file");
        File.WriteAllText(file, "x");

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => Save(client, server, folder, "task-1", "files/a.png", Path.Combine(file, "under")));

        Assert.Equal(SeedreamImageSaveFailureReason.WriteFailed, error.Failures.Single().Reason);
        Assert.Empty(server.Seen);
    }

    private static Task<System.Collections.Generic.IReadOnlyList<SeedreamSavedImage>> Save(SeedreamClient client, HostileServer server, TemporaryDirectory folder, string taskId, string path, string? into = null)
    {
        var task = SeedreamWebhook.Parse(Wire.Completed(taskId, server.Url(path).ToString()));
        return client.CreateResult(task).SaveImagesAsync(into ?? folder.Path);
    }
}
