using System;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;

namespace Seedream.Hostile.Tests.Sweep;

/// <summary>One public call run against a hostile scenario, with its documented time bound.</summary>
internal sealed record SweepOperation(string Name, TimeSpan Bound, Func<SeedreamClient, HostileServer, string, Task> Run)
{
    public override string ToString() => Name;

    public static SweepOperation[] All { get; } =
    {
        new("submit", Clients.RequestBound, (client, _, _) => client.SubmitAsync(Clients.Request())),
        new("status", Clients.RequestBound, (client, _, _) => client.GetTaskAsync("task-1")),
        new("wait", Clients.WaitTimeout + Clients.RequestBound, (client, _, _) => client.GetOperation("task-1").WaitForCompletionAsync()),
        new("save", Clients.RequestBound, (client, server, folder) =>
            client.CreateResult(SeedreamWebhook.Parse(Wire.Completed("task-1", server.Url("files/a.png").ToString()))).SaveImagesAsync(folder)),
    };
}
