using System.Threading;
using System.Threading.Tasks;
using Refit;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Client.Benchmarks;

/// <summary>The same call declared for Refit.</summary>
internal interface IRefitTasksApi
{
    /// <summary>GET /v1/tasks/{taskId}.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    [Get("/v1/tasks/{taskId}")]
    [Headers("Authorization: Bearer")]
    Task<WireTask> GetTaskAsync(string taskId, CancellationToken cancellationToken);
}
