using System;
using System.Net.Http;
using System.Threading;
using Seedream.Transport;
using Seedream.Transport.ModelArk;

namespace Seedream.Http;

/// <summary>
/// Where the client gets its two HTTP pipelines: the API one (base address, <c>Authorization</c>) for the
/// NSwag transport, and the download one (no key) for result images. Either built over one handler
/// the client owns or is lent, or taken from <c>IHttpClientFactory</c> per call.
/// </summary>
internal sealed class SeedreamHttp : IDisposable
{
    /// <summary>The named <c>IHttpClientFactory</c> client for API calls.</summary>
    public const string ApiClientName = "Seedream";

    /// <summary>The named <c>IHttpClientFactory</c> client for image downloads.</summary>
    public const string DownloadClientName = "Seedream.Downloads";

    private readonly Func<ISeedreamTasksClient> _tasks;
    private readonly Func<HttpClient> _api;
    private readonly Func<HttpClient> _downloads;
    private readonly Action? _dispose;

    private SeedreamHttp(Func<ISeedreamTasksClient> tasks, Func<HttpClient> api, Func<HttpClient> downloads, Action? dispose)
    {
        _tasks = tasks;
        _api = api;
        _downloads = downloads;
        _dispose = dispose;
    }

    /// <summary>Builds both pipelines over handlers the client creates and owns (<see cref="PrimaryHandlers"/>).</summary>
    /// <param name="apiKey">The API key.</param>
    /// <param name="baseUrl">The API address.</param>
    /// <param name="maxAnswerBytes">The size cap of an API answer's body.</param>
    public static SeedreamHttp Owned(string apiKey, Uri baseUrl, long maxAnswerBytes) =>
        Over(PrimaryHandlers.Api(), PrimaryHandlers.Downloads(), disposeInner: true, apiKey, baseUrl, maxAnswerBytes, "options");

    /// <summary>Builds both pipelines over <paramref name="apiInner"/> and <paramref name="downloadInner"/> (which may be one handler).</summary>
    /// <param name="apiInner">The handler that sends API requests.</param>
    /// <param name="downloadInner">The handler that sends image downloads.</param>
    /// <param name="disposeInner">Whether disposing the client disposes the inner handlers.</param>
    /// <param name="apiKey">The API key.</param>
    /// <param name="baseUrl">The API address.</param>
    /// <param name="maxAnswerBytes">The size cap of an API answer's body.</param>
    /// <param name="parameterName">Where the inner handlers came from, named by the error when their cookies cannot be switched off.</param>
    /// <exception cref="ArgumentException">An inner handler keeps cookies and has already sent requests.</exception>
    public static SeedreamHttp Over(HttpMessageHandler apiInner, HttpMessageHandler downloadInner, bool disposeInner, string apiKey, Uri baseUrl, long maxAnswerBytes, string parameterName)
    {
        var authorization = HandlerChains.Api(apiInner, apiKey, maxAnswerBytes, parameterName);
        var api = new HttpClient(authorization, disposeHandler: false) { BaseAddress = ApiBaseAddress(baseUrl), Timeout = Timeout.InfiniteTimeSpan };
        var downloads = new HttpClient(HandlerChains.Downloads(downloadInner, parameterName), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var tasks = new SeedreamTasksClient(api);
        return new SeedreamHttp(
            () => tasks,
            () => api,
            () => downloads,
            () =>
            {
                api.Dispose();
                downloads.Dispose();
                if (disposeInner)
                {
                    authorization.Dispose();
                    if (!ReferenceEquals(downloadInner, apiInner))
                    {
                        downloadInner.Dispose();
                    }
                }
            });
    }

    /// <summary>Takes a fresh client from the factory per call, as the factory intends; the factory owns the handlers.</summary>
    /// <param name="factory">The factory, configured by <c>AddSeedream</c>.</param>
    public static SeedreamHttp From(IHttpClientFactory factory) =>
        new SeedreamHttp(
            () => new SeedreamTasksClient(factory.CreateClient(ApiClientName)),
            () => factory.CreateClient(ApiClientName),
            () => factory.CreateClient(DownloadClientName),
            null);

    /// <summary>The base address the transport's relative paths (<c>v1/tasks</c>) resolve against: always ends with a slash.</summary>
    /// <param name="baseUrl">The configured API address.</param>
    public static Uri ApiBaseAddress(Uri baseUrl) => new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/");

    public ISeedreamTasksClient Tasks() => _tasks();

    /// <summary>The API pipeline, for the upstream images API's transport and its streaming requests.</summary>
    public HttpClient Api() => _api();

    /// <summary>The upstream images API's transport (non-streaming answers) over the API pipeline.</summary>
    public IModelArkImagesClient Images() => new ModelArkImagesClient(_api());

    public HttpClient Downloads() => _downloads();

    public void Dispose() => _dispose?.Invoke();
}
