using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Client.Tests;

public class SaveImagesTests
{
    private const string TaskPath = "/v1/tasks/task-1";

    [Fact]
    public async Task SaveImages_NamesFilesByTaskIdIndexAndTheContentTypesExtension()
    {
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/one"), TaskJson.Link("https://cdn.test/x/two"), TaskJson.Link("https://cdn.test/x/three")))
            .On("GET", "/x/one", Reply.Bytes(TestImages.Png, "image/png"))
            .On("GET", "/x/two", Reply.Bytes(TestImages.Jpeg, "image/jpeg"))
            .On("GET", "/x/three", Reply.Bytes(TestImages.Jpeg, "application/octet-stream"));
        using var directory = new TemporaryDirectory();

        var saved = await h.RunAsync((await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync())).SaveImagesAsync(directory.Path));

        Assert.Equal(new[] { "task-1-0.png", "task-1-1.jpg", "task-1-2.jpg" }, directory.FileNames());
        Assert.Equal(new[] { "image/png", "image/jpeg", "image/jpeg" }, saved.Select(s => s.MediaType));
        Assert.Equal(TestImages.Png, File.ReadAllBytes(saved[0].Path));
        Assert.Equal(TestImages.Jpeg.Length, saved[1].Length);
    }

    [Fact]
    public async Task SaveImages_DecodesBase64Results_WithoutAnyDownload()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath, Completed(TaskJson.Data(TestImages.Png)));
        using var directory = new TemporaryDirectory();

        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());
        var saved = await result.SaveImagesAsync(directory.Path);

        Assert.Equal("task-1-0.png", Path.GetFileName(saved.Single().Path));
        Assert.Equal(TestImages.Png, File.ReadAllBytes(saved.Single().Path));
        Assert.Equal(TestImages.Png, result.Images[0].DecodeBase64());
        Assert.Single(h.Handler.Requests);
    }

    [Fact]
    public async Task SaveImages_RefusesAnExpiredLink_WithAClearError_AndDoesNotTryIt()
    {
        using var h = new Harness();
        var expired = h.Clock.GetUtcNow().AddHours(-2);
        h.Handler.On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/old?sig=SECRET", expired)));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => result.SaveImagesAsync(directory.Path));

        var failure = error.Failures.Single();
        Assert.Equal(ImageSaveFailureReason.LinkExpired, failure.Reason);
        Assert.Contains("expired", failure.Message);
        Assert.Contains("2 h ago", failure.Message);
        Assert.DoesNotContain("SECRET", error.ToString());
        Assert.Empty(h.Handler.RequestsTo("GET", "/x/old"));
        Assert.Empty(directory.FileNames());
    }

    [Fact]
    public async Task SaveImages_ALinkTheServerRefusesAsGone_IsReportedAsExpired()
    {
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/gone")))
            .On("GET", "/x/gone", Reply.Bytes(Array.Empty<byte>(), "text/plain", 403));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => result.SaveImagesAsync(directory.Path));

        Assert.Equal(ImageSaveFailureReason.LinkExpired, error.Failures.Single().Reason);
        Assert.Single(h.Handler.RequestsTo("GET", "/x/gone"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SaveImages_StopsAtTheSizeCap_AndLeavesNoFileBehind(bool declareLength)
    {
        using var h = new Harness(o => o.Download.MaxBytes = 1000);
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/big")))
            .On("GET", "/x/big", Reply.Bytes(TestImages.Large(200_000), "image/png", declareLength: declareLength));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => result.SaveImagesAsync(directory.Path));

        Assert.Equal(ImageSaveFailureReason.TooLarge, error.Failures.Single().Reason);
        Assert.Contains("1000", error.Failures.Single().Message);
        Assert.Empty(directory.FileNames());
        Assert.Single(h.Handler.RequestsTo("GET", "/x/big"));
    }

    [Fact]
    public async Task SaveImages_WritesAtomically_ABrokenDownloadKeepsThePreviousFileIntact_AndLeavesNoTemporaryFile()
    {
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/one")))
            .On("GET", "/x/one", Reply.BreaksMidBody(TestImages.Png.Take(20).ToArray(), "image/png"));
        using var directory = new TemporaryDirectory();
        var previous = Path.Combine(directory.Path, "task-1-0.png");
        File.WriteAllText(previous, "the earlier, complete file");
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => h.RunAsync(result.SaveImagesAsync(directory.Path)));

        Assert.Equal(ImageSaveFailureReason.NetworkError, error.Failures.Single().Reason);
        Assert.Equal(3, h.Handler.RequestsTo("GET", "/x/one").Count);
        Assert.Equal("the earlier, complete file", File.ReadAllText(previous));
        Assert.Equal(new[] { "task-1-0.png" }, directory.FileNames());
    }

    [Fact]
    public async Task SaveImages_ReplacesAnOlderFileOfTheSameName_WhenTheDownloadSucceeds()
    {
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/one")))
            .On("GET", "/x/one", Reply.Bytes(TestImages.Png, "image/png"));
        using var directory = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "task-1-0.png"), "old");
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        await result.SaveImagesAsync(directory.Path);

        Assert.Equal(TestImages.Png, File.ReadAllBytes(Path.Combine(directory.Path, "task-1-0.png")));
        Assert.Equal(new[] { "task-1-0.png" }, directory.FileNames());
    }

    [Fact]
    public async Task SaveImages_ReportsEveryFailureInASet_AndKeepsTheImagesThatWereSaved()
    {
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Completed(
                TaskJson.Link("https://cdn.test/x/one"),
                TaskJson.ImageError("content_filter", "This image was filtered."),
                TaskJson.Link("https://cdn.test/x/missing"),
                TaskJson.Data(TestImages.Jpeg)))
            .On("GET", "/x/one", Reply.Bytes(TestImages.Png, "image/png"))
            .On("GET", "/x/missing", Reply.Bytes(Array.Empty<byte>(), "text/plain", 404));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => result.SaveImagesAsync(directory.Path));

        Assert.Equal(new[] { 1, 2 }, error.Failures.Select(f => f.ImageIndex));
        Assert.Equal(new[] { ImageSaveFailureReason.ImageFailed, ImageSaveFailureReason.HttpError }, error.Failures.Select(f => f.Reason));
        Assert.Equal(new[] { 0, 3 }, error.Saved.Select(s => s.Index));
        Assert.Equal(new[] { "task-1-0.png", "task-1-3.jpg" }, directory.FileNames());
        Assert.Contains("2 of 4 images of task task-1 were not saved", error.Message);
        Assert.Contains("This image was filtered.", error.Message);
        Assert.Single(result.FailedImages);
    }

    [Fact]
    public async Task SaveImages_RetriesATransientDownloadFailure()
    {
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/one")))
            .On("GET", "/x/one", Reply.Bytes(Array.Empty<byte>(), "text/plain", 503), Reply.Bytes(TestImages.Png, "image/png"));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var saved = await h.RunAsync(result.SaveImagesAsync(directory.Path));

        Assert.Single(saved);
        Assert.Equal(2, h.Handler.RequestsTo("GET", "/x/one").Count);
    }

    [Fact]
    public async Task SaveImages_ADownloadAskedToWaitLongerThanMaxRetryAfter_IsNotTriedAgain_AndItsErrorCarriesTheStatus()
    {
        using var h = new Harness(o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(10));
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/one")))
            .On("GET", "/x/one", Reply.Json(503, "{}", ("Retry-After", "3600")), Reply.Bytes(TestImages.Png, "image/png"));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => h.RunAsync(result.SaveImagesAsync(directory.Path)));

        var failure = error.Failures.Single();
        Assert.Equal(SeedreamErrorKind.ImageNotSaved, failure.Kind);
        Assert.Equal(ImageSaveFailureReason.HttpError, failure.Reason);
        Assert.Equal(503, failure.StatusCode);
        Assert.Single(h.Handler.RequestsTo("GET", "/x/one"));
        Assert.Empty(directory.FileNames());
    }

    [Fact]
    public async Task SaveImages_ADownloadThatHangs_TimesOutPerAttempt()
    {
        using var h = new Harness(o =>
        {
            o.Download.Timeout = TimeSpan.FromSeconds(5);
            o.Download.MaxAttempts = 2;
        });
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/slow")))
            .On("GET", "/x/slow", Reply.Hang());
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => h.RunAsync(result.SaveImagesAsync(directory.Path)));

        Assert.Equal(ImageSaveFailureReason.Timeout, error.Failures.Single().Reason);
        Assert.Equal(2, h.Handler.RequestsTo("GET", "/x/slow").Count);
    }

    [Theory]
    [InlineData("ftp://files.test/a.png")]
    [InlineData("file:///etc/passwd")]
    public async Task SaveImages_DownloadsOnlyHttpAndHttpsLinks(string link)
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath, Completed(TaskJson.Link(link)));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => result.SaveImagesAsync(directory.Path));

        Assert.Equal(ImageSaveFailureReason.UnsupportedScheme, error.Failures.Single().Reason);
        Assert.Single(h.Handler.Requests);
    }

    [Fact]
    public async Task SaveImages_AnHtmlPageInsteadOfAnImage_IsRefused()
    {
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Completed(TaskJson.Link("https://cdn.test/x/page")))
            .On("GET", "/x/page", Reply.Bytes(System.Text.Encoding.UTF8.GetBytes("<html>link expired</html>"), "text/html"));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var error = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => result.SaveImagesAsync(directory.Path));

        Assert.Equal(ImageSaveFailureReason.InvalidData, error.Failures.Single().Reason);
        Assert.Empty(directory.FileNames());
    }

    [Fact]
    public async Task SaveImages_AHostileTaskId_CannotWriteOutsideTheDirectory()
    {
        using var h = new Harness();
        var task = SeedreamWebhook.Parse(TaskJson.Task("../../evil", "completed", 100, TaskJson.Data(TestImages.Png)).ToString());
        using var directory = new TemporaryDirectory();
        var result = h.Client.CreateResult(task);

        var saved = await result.SaveImagesAsync(directory.Path);

        Assert.Equal(Path.GetFullPath(directory.Path), Path.GetDirectoryName(Path.GetFullPath(saved.Single().Path)));
    }

    private static Reply Completed(params Newtonsoft.Json.Linq.JObject[] images) => Reply.Json(200, TaskJson.Task("task-1", "completed", 100, images));
}
