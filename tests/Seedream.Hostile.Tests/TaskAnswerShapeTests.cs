using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>
/// By kind: every field of a task answer except <c>task_id</c> and <c>status</c>, of its
/// <c>result</c> and of each image may arrive in any JSON shape; it reads as unknown (or converted), and the
/// status and every readable image still come through.
/// </summary>
public class TaskAnswerShapeTests
{
    private const string Good = "https://cdn.example/good.png";

    /// <summary>Values of every JSON shape, including a date-like and a percentage string.</summary>
    private static readonly string[] Shapes =
    {
        "{\"a\":{\"b\":[1,\"x\"]}}",
        "[1,{\"x\":2},\"s\",[null]]",
        "123",
        "-1.5e3",
        "17752851600000000000",
        "true",
        "\"text\"",
        "\"42%\"",
        "\"2026-11-29T17:00:00Z\"",
        "\"\"",
        "null",
    };

    public static IEnumerable<object[]> TaskFields() => Cross("model", "action", "progress", "created_at", "start_time", "completed_at", "error", "urls", "poll_url", "code", "data");

    public static IEnumerable<object[]> ImageFields() => Cross("url", "b64_json", "expires_at", "size", "error");

    public static IEnumerable<object[]> UrlsFields() => Cross("get", "cancel");

    public static IEnumerable<object[]> AnyShape() => Shapes.Select(shape => new object[] { shape });

    [Theory]
    [MemberData(nameof(TaskFields))]
    public async Task Get_TaskFieldOfAnyShape_StillGivesTheStatusAndEveryImage(string field, string value)
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"" + field + "\":" + value + ",\"result\":{\"images\":[{\"url\":\"" + Good + "\"}]}}");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Equal(new Uri(Good), Assert.Single(task.Images).Url);
    }

    [Theory]
    [MemberData(nameof(UrlsFields))]
    public async Task Get_UrlsFieldOfAnyShape_StillGivesTheStatusAndEveryImage(string field, string value)
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"urls\":{\"" + field + "\":" + value + "},\"result\":{\"images\":[{\"url\":\"" + Good + "\"}]}}");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Single(task.Images);
    }

    [Theory]
    [MemberData(nameof(AnyShape))]
    public async Task Get_ResultOfAnyShape_StillGivesTheStatus(string value)
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":" + value + "}");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Empty(task.Images);
    }

    [Theory]
    [MemberData(nameof(AnyShape))]
    public async Task Get_UnknownResultFieldOfAnyShape_StillGivesEveryImage(string value)
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{\"odd\":" + value + ",\"images\":[{\"url\":\"" + Good + "\"}]}}");

        Assert.Equal(new Uri(Good), Assert.Single(task.Images).Url);
    }

    [Theory]
    [MemberData(nameof(ImageFields))]
    public async Task Get_ImageFieldOfAnyShape_StillGivesTheStatusAndTheOtherImages(string field, string value)
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{\"images\":[{\"url\":\"" + Good + "\",\"" + field + "\":" + value + "},{\"url\":\"" + Good + "\"}]}}");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Equal(new[] { 0, 1 }, task.Images.Select(image => image.Index));
        Assert.True(task.Images[1].Succeeded);
        Assert.Equal(new Uri(Good), task.Images[1].Url);
    }

    [Theory]
    [InlineData("\"model\":{\"a\":1}", null)]
    [InlineData("\"model\":[\"seedream\"]", null)]
    [InlineData("\"model\":7", "7")]
    [InlineData("\"model\":2.5", "2.5")]
    [InlineData("\"model\":false", "false")]
    [InlineData("\"model\":\"2026-11-29T17:00:00Z\"", "2026-11-29T17:00:00Z")]
    public async Task Get_ModelOfAnotherShape_IsUnknownOrItsText(string odd, string? model)
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\"," + odd + ",\"result\":{\"images\":[{\"url\":\"" + Good + "\"}]}}");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Equal(model, task.Model);
        Assert.Single(task.Images);
    }

    [Theory]
    [InlineData("[{\"url\":123},{\"url\":\"" + Good + "\"}]")]
    [InlineData("[{\"url\":{\"href\":\"x\"}},{\"url\":\"" + Good + "\"}]")]
    [InlineData("[{\"url\":true},{\"url\":\"" + Good + "\"}]")]
    [InlineData("[{\"url\":[1,{\"a\":2},null]},{\"url\":\"" + Good + "\"}]")]
    public async Task Get_ImageWithAnUnusableUrl_IsAFailedImage_AndTheOthersComeThrough(string images)
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{\"images\":" + images + "}}");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Equal(2, task.Images.Count);
        Assert.False(task.Images[0].Succeeded);
        Assert.Null(task.Images[0].Url);
        Assert.Equal(new Uri(Good), task.Images[1].Url);
    }

    [Fact]
    public async Task Get_UrlArrayWithItemsOfOtherShapes_KeepsTheStringLinks()
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{\"images\":[{\"url\":[1,{\"a\":[2]},null,\"" + Good + "\"]}]}}");

        Assert.Equal(new Uri(Good), Assert.Single(task.Images).Url);
    }

    [Theory]
    [InlineData("[\"" + Good + "\"]")]
    [InlineData("{\"url\":\"" + Good + "\"}")]
    [InlineData("\"" + Good + "\"")]
    public async Task Get_ImagesAsBareStringsOrOneObject_GiveThatImage(string images)
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{\"images\":" + images + "}}");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        var image = Assert.Single(task.Images);
        Assert.True(image.Succeeded);
        Assert.Equal(new Uri(Good), image.Url);
    }

    [Fact]
    public async Task Get_ImageEntriesOfOtherShapes_KeepTheirPlaceAsFailedImages()
    {
        var task = await GetAsync("{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{\"images\":[null,5,true,[\"" + Good + "\"],{\"url\":\"" + Good + "\"},\"" + Good + "\"]}}");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Equal(new[] { false, false, false, false, true, true }, task.Images.Select(image => image.Succeeded));
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5 }, task.Images.Select(image => image.Index));
        Assert.All(task.Images.Take(4), image => Assert.Null(image.Error));
    }

    [Fact]
    public async Task Wait_ImageEntryOfAnotherShape_IsAFailedImageOfTheResult()
    {
        using var server = new HostileServer(_ => Answer.Json(200, "{\"task_id\":\"task-1\",\"status\":\"completed\",\"result\":{\"images\":[7,{\"url\":\"" + Good + "\"}]}}"));
        using var client = Clients.For(server);

        var result = await client.GetOperation("task-1").WaitForCompletionAsync();

        Assert.Equal(0, Assert.Single(result.FailedImages).Index);
        Assert.Equal(2, result.Images.Count);
    }

    private static IEnumerable<object[]> Cross(params string[] fields) =>
        fields.SelectMany(field => Shapes.Select(shape => new object[] { field, shape }));

    private static async Task<SeedreamTask> GetAsync(string body)
    {
        using var server = new HostileServer(_ => Answer.Json(200, body));
        using var client = Clients.For(server);
        return await client.GetTaskAsync("task-1");
    }
}
