using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Refit;
using Seedream.Transport;

namespace Seedream.Client.Benchmarks;

/// <summary>
/// CPU cost of one status poll (GET /v1/tasks/{id}, Newtonsoft.Json, in-memory handler) through SeedreamClient,
/// against a hand-written HttpClient + Newtonsoft baseline and a Refit client using the same serializer settings.
/// The contenders return <see cref="Task"/> because the wire task they read is internal to the client.
/// </summary>
[MemoryDiagnoser]
public class StatusPollBenchmarks
{
    private const string ApiKey = "sk-benchmark-key";
    private const string TaskId = "task-wave1775285160b950328499";
    private static readonly Uri BaseUrl = new Uri("https://qingbo.dev/");

    private readonly InMemoryTaskHandler _handler = new InMemoryTaskHandler();
    private HandWrittenClient _handWritten = null!;
    private IRefitTasksApi _refit = null!;
    private SeedreamClient _seedream = null!;
    private SeedreamTasksClient _transport = null!;

    /// <summary>Builds every contender over the same handler.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _handWritten = new HandWrittenClient(_handler, BaseUrl, ApiKey);
        var refitHttp = new HttpClient(_handler, disposeHandler: false) { BaseAddress = BaseUrl };
        _refit = RestService.For<IRefitTasksApi>(refitHttp, new RefitSettings
        {
            ContentSerializer = new NewtonsoftRefitSerializer(),
            AuthorizationHeaderValueGetter = (_, _) => new ValueTask<string>(ApiKey),
        });
        _seedream = new SeedreamClient(new SeedreamClientOptions { ApiKey = ApiKey, BaseUrl = BaseUrl }, _handler);
        _transport = new SeedreamTasksClient(new HttpClient(_handler, disposeHandler: false) { BaseAddress = BaseUrl });
    }

    /// <summary>Releases the Seedream client.</summary>
    [GlobalCleanup]
    public void Cleanup() => _seedream.Dispose();

    /// <summary>HttpClient + Newtonsoft, written by hand.</summary>
    [Benchmark(Baseline = true)]
    public Task HandWritten() => _handWritten.GetTaskAsync(TaskId, CancellationToken.None);

    /// <summary>Refit with the same Newtonsoft settings.</summary>
    [Benchmark]
    public Task Refit() => _refit.GetTaskAsync(TaskId, CancellationToken.None);

    /// <summary>SeedreamClient.GetTaskAsync: NSwag transport, retry runner, per-request time limit, typed errors, the public task model.</summary>
    [Benchmark]
    public Task SeedreamClient() => _seedream.GetTaskAsync(TaskId, CancellationToken.None);

    /// <summary>The NSwag-generated transport alone (no key, no retries, no time limit): what SeedreamClient adds is the difference.</summary>
    [Benchmark]
    public Task GeneratedTransportOnly() => _transport.GetTaskAsync(TaskId, CancellationToken.None);
}
