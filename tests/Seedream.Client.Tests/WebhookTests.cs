using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Client.Tests;

public class WebhookTests
{
    private const string Delivery = @"{
        ""task_id"": ""task-7"", ""model"": ""seedream-4.5"", ""status"": ""completed"", ""progress"": 100,
        ""created_at"": 1775285160, ""completed_at"": 1775285190040,
        ""result"": { ""images"": [ { ""url"": ""https://cdn.test/7.png"", ""expires_at"": 1893456000 }, { ""url"": [""https://cdn.test/8.png""] } ] },
        ""added_later"": { ""anything"": true }
    }";

    [Fact]
    public void Parse_ReadsTheTaskTolerantly_SecondsOrMilliseconds_StringOrArrayLinks_UnknownFields()
    {
        var task = SeedreamWebhook.Parse(Delivery);

        Assert.Equal("task-7", task.Id);
        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1775285160), task.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1775285190040), task.CompletedAt);
        Assert.Equal(new Uri("https://cdn.test/7.png"), task.Images[0].Url);
        Assert.Equal(new Uri("https://cdn.test/8.png"), task.Images[1].Url);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1893456000), task.Images[0].ExpiresAt);
    }

    [Fact]
    public async Task ParseAsync_FromARequestStream_GivesAResultWhoseImagesCanBeSaved()
    {
        using var h = new Harness();
        h.Handler.On("GET", "/7.png", Reply.Bytes(TestImages.Png, "image/png")).On("GET", "/8.png", Reply.Bytes(TestImages.Jpeg, "image/jpeg"));
        using var directory = new TemporaryDirectory();

        var task = await SeedreamWebhook.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(Delivery)));
        var saved = await h.Client.CreateResult(task).SaveImagesAsync(directory.Path);

        Assert.Equal(new[] { "task-7-0.png", "task-7-1.jpg" }, directory.FileNames());
        Assert.Equal(2, saved.Count);
    }

    [Fact]
    public void CreateResult_OfAFailedDelivery_RaisesTaskFailed()
    {
        using var h = new Harness();
        var task = SeedreamWebhook.Parse(TaskJson.Failed("task-9", "task_failed", "Generation failed."));

        var error = Assert.Throws<SeedreamTaskFailedException>(() => h.Client.CreateResult(task));

        Assert.Equal("task-9", error.TaskId);
        Assert.Equal("task_failed", error.ApiCode);
    }

    [Fact]
    public void CreateResult_OfATaskStillRunning_IsRefused()
    {
        using var h = new Harness();
        var task = SeedreamWebhook.Parse(TaskJson.Task("task-9", "processing", 50));

        var error = Assert.Throws<ArgumentException>(() => h.Client.CreateResult(task));

        Assert.Contains("still processing", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"status\":\"completed\"}")]
    [InlineData("{not json")]
    public void Parse_OfSomethingThatIsNotATask_IsAFormatException(string body)
    {
        Assert.Throws<FormatException>(() => SeedreamWebhook.Parse(body));
        Assert.False(SeedreamWebhook.TryParse(body, out var task));
        Assert.Null(task);
    }

    [Theory]
    [InlineData("{\"task_id\":\"task-1\",\"status\":\"completed\"} trailing", "goes on after")]
    [InlineData("{\"task_id\":\"task-1\",\"status\":\"completed\"}{\"task_id\":\"task-2\",\"status\":\"completed\"}", "goes on after")]
    [InlineData("{\"task_id\":\"task-1\",\"status\":\"completed\"} /* later */", "goes on after")]
    [InlineData("{\"task_id\":\"task-1\",\"status\":\"processing\",\"task_id\":\"task-2\"}", "task_id")]
    [InlineData("{\"task_id\":\"task-1\",\"status\":\"processing\",\"Task_Id\":\"task-2\"}", "'task_id' and 'Task_Id'")]
    [InlineData("{\"task_id\":\"task-1\",\"status\":\"failed\",\"status\":\"completed\"}", "status")]
    [InlineData("{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{\"images\":[{\"url\":\"https://a.test/1.png\",\"URL\":\"https://b.test/1.png\"}]}}", "'url' and 'URL'")]
    [InlineData("\"task-1\"", "not a Seedream task object")]
    public async Task Parse_OfAnythingButExactlyOneTaskObject_IsAFormatExceptionSayingWhy(string body, string reason)
    {
        var error = Assert.Throws<FormatException>(() => SeedreamWebhook.Parse(body));
        var fromStream = await Assert.ThrowsAsync<FormatException>(() => SeedreamWebhook.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(body))));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, fromStream.Message);
        Assert.False(SeedreamWebhook.TryParse(body, out _));
    }

    [Fact]
    public void Parse_AllowsWhiteSpaceAroundTheObject_AndTheSameNameInDifferentObjects()
    {
        var task = SeedreamWebhook.Parse("\r\n {\"task_id\":\"task-1\",\"status\":\"failed\",\"error\":{\"code\":\"task_failed\",\"message\":\"no\"},\"urls\":{\"get\":\"https://a.test/v1/tasks/task-1\"}} \n");

        Assert.Equal("task-1", task.Id);
        Assert.Equal(SeedreamTaskStatus.Failed, task.Status);
    }
}
