using System;
using System.Net.Http;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>API calls follow no redirects, also through a user's handler; a redirect says where it pointed.</summary>
public class RedirectTests
{
    [Theory]
    [InlineData(307)]
    [InlineData(308)]
    [InlineData(302)]
    public async Task Submit_Redirected_IsSentOnce_AndSaysWhereItPointed(int status)
    {
        using var elsewhere = new HostileServer(_ => Answer.Json(200, Wire.Task("task-elsewhere", "queued")));
        using var server = new HostileServer(_ => Answer.Redirect(status, elsewhere.Url("v1/tasks").ToString()));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestTimeout, () => client.SubmitAsync(Clients.Request()));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Contains(elsewhere.BaseUrl.Authority, error.Message);
        Assert.Equal(1, server.Creates);
        Assert.Empty(elsewhere.Seen);
    }

    [Fact]
    public async Task Get_RedirectedToAnotherHost_IsNotFollowed_AndTheKeyStaysHome()
    {
        using var elsewhere = new HostileServer(_ => Answer.Json(200, Wire.Task("task-1", "completed", 100)));
        using var server = new HostileServer(_ => Answer.Redirect(302, elsewhere.Url("v1/tasks/task-1").ToString()));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamException>(Clients.RequestBound, () => client.GetTaskAsync("task-1"));

        Assert.Contains("redirect", error.Message);
        Assert.Empty(elsewhere.Seen);
    }

    [Fact]
    public async Task Submit_ThroughAUserHandlerThatFollowsRedirects_IsDetected_AndNotSentAgain()
    {
        using var server = new HostileServer(request => request.Path.Contains("moved")
            ? Answer.Json(200, Wire.Task("task-moved", "queued"))
            : Answer.Redirect(307, "/v1/moved/tasks"));
        using var handler = new HttpClientHandler { AllowAutoRedirect = true };
        using var client = new SeedreamClient(Clients.Options(server.BaseUrl), handler);

        var error = await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestTimeout, () => client.SubmitAsync(Clients.Request()));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Contains("redirect", error.Message);
        Assert.Equal(2, server.Seen.Count);
    }
}
