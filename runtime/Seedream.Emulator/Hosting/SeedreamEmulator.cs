using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Seedream.Emulator;

/// <summary>
/// The Seedream task API, emulated on Kestrel in this process: start it on a loopback port, point a
/// client at <see cref="BaseAddress"/> with <see cref="ApiKey"/>, read <see cref="Counters"/> and
/// <see cref="Deliveries"/>, and dispose it to stop.
/// </summary>
public sealed class SeedreamEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly WebhookDispatcher _webhooks;

    private SeedreamEmulator(WebApplication app, EmulatorOptions options, Uri baseAddress, IReadOnlyList<string> listeningOn)
    {
        _app = app;
        Options = options;
        BaseAddress = baseAddress;
        ListeningOn = listeningOn;
        Counters = app.Services.GetRequiredService<EmulatorCounters>();
        _webhooks = app.Services.GetRequiredService<WebhookDispatcher>();
    }

    /// <summary>The emulator's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The API key the emulator accepts.</summary>
    public string ApiKey => Options.ApiKey;

    /// <summary>The addresses Kestrel bound, as it reports them, e.g. <c>http://127.0.0.1:41234</c> or <c>http://[::]:5080</c>.</summary>
    public IReadOnlyList<string> ListeningOn { get; }

    /// <summary>Whether any bound address reaches beyond this machine (not a loopback address or <c>localhost</c>).</summary>
    public bool ListensBeyondLoopback =>
        ListeningOn.Any(url => !Uri.TryCreate(url, UriKind.Absolute, out var bound) || !IsLoopback(bound.DnsSafeHost));

    /// <summary>
    /// One line warning that the emulator listens beyond this machine while it accepts the published default key
    /// (<see cref="EmulatorOptions.DefaultApiKey"/>), so anyone who reaches it can use it; <see langword="null"/> when it
    /// listens on loopback only or has a key of its own. The standalone emulator and <c>seedream emulator</c> print it.
    /// </summary>
    public string? ExposureWarning => ListensBeyondLoopback && ApiKey == EmulatorOptions.DefaultApiKey
        ? $"Warning: the emulator listens beyond this machine ({string.Join(", ", ListeningOn)}) and accepts the published default API key {EmulatorOptions.DefaultApiKey}: anyone who can reach it can use it. Give it a key of your own, or listen on 127.0.0.1."
        : null;

    /// <summary>The options the emulator runs with. Only <see cref="EmulatorOptions.Faults"/> may be changed while it runs (to switch faults on and off); the rest is read at start.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>What the emulator has done so far: tasks, polls, cancels, faults, webhook attempts.</summary>
    public EmulatorCounters Counters { get; }

    /// <summary>Every webhook attempt made for the tasks still held (see <see cref="EmulatorOptions.TaskRetention"/>), oldest first.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => _webhooks.Deliveries;

    /// <summary>Starts an emulator that keeps time by the system clock.</summary>
    /// <param name="options">How it behaves; <see cref="EmulatorOptions.Url"/> says where it listens.</param>
    /// <param name="cancellationToken">Stops the start-up.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static Task<SeedreamEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, TimeProvider.System, cancellationToken);

    /// <summary>Starts an emulator that keeps time by <paramref name="timeProvider"/> (a fake clock in tests).</summary>
    /// <param name="options">How it behaves; <see cref="EmulatorOptions.Url"/> says where it listens.</param>
    /// <param name="timeProvider">The clock that drives task lifecycles, link expiry, sync waits, webhook backoff and added latency.</param>
    /// <param name="cancellationToken">Stops the start-up.</param>
    /// <exception cref="ArgumentException">An option is out of range, or two of <see cref="EmulatorOptions.ModelTables"/> have one id.</exception>
    public static async Task<SeedreamEmulator> StartAsync(EmulatorOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        EmulatorOptionsValidator.Validate(options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = Array.Empty<string>(),
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();

        // The emulator reads request bodies itself, capped at MaxRequestBytes with a 413 that carries the error
        // envelope; Kestrel's own limit (about 30 MB) would otherwise answer a bare 413 below a larger configured cap.
        // Kestrel's own limits on the request line and headers are raised the same way: RequestHeadLimits answers them.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            RequestHeadLimits.RaiseServerLimits(kestrel.Limits);
        });

        // The emulator listens where its options say, whatever the embedding process's environment
        // variables or appsettings.json say about Kestrel or URLs.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [WebHostDefaults.ServerUrlsKey] = options.Url });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(SeedreamModelCatalog.Create(options.ModelTables));
        builder.Services.AddSingleton(timeProvider);
        builder.Services.AddSingleton<EmulatorCounters>();
        builder.Services.AddSingleton<EmulatorAddress>();
        builder.Services.AddSingleton<TaskStore>();
        builder.Services.AddSingleton(new QuotaLedger(options.Quota));
        builder.Services.AddSingleton<RenderedImages>();
        builder.Services.AddSingleton<TaskRepresentation>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddSingleton<TaskCreator>();
        builder.Services.AddSingleton<FaultInjector>();

        var app = builder.Build();
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/v1"), api => api.UseMiddleware<FaultInjectionMiddleware>());
        app.UseMiddleware<ErrorEnvelopeMiddleware>();
        app.UseMiddleware<RequestHeadLimits>();
        TaskEndpoints.Map(app);
        FileEndpoints.Map(app);

        // With a fixed port, links are right from the first request; port 0 is known only once bound.
        var address = app.Services.GetRequiredService<EmulatorAddress>();
        if (new Uri(options.Url).Port != 0)
        {
            address.BaseAddress = LoopbackBaseAddress(options.Url);
        }

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        address.BaseAddress = LoopbackBaseAddress(app.Urls.First());
        return new SeedreamEmulator(app, options, address.BaseAddress, app.Urls.ToList());
    }

    /// <summary>
    /// An <see cref="HttpClient"/> aimed at the emulator with its key already set, for callers that
    /// want to talk to it directly (the NSwag transport takes one). The caller disposes it.
    /// </summary>
    public HttpClient CreateHttpClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }

    /// <summary>Completes when the webhook of <paramref name="taskId"/> was answered 2xx or gave up, with its attempts.</summary>
    /// <param name="taskId">A task created with a <c>callback_url</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="InvalidOperationException">No task held has that id and a <c>callback_url</c> (it had none, or was forgotten).</exception>
    public Task<IReadOnlyList<WebhookDelivery>> WhenWebhookSettledAsync(string taskId, CancellationToken cancellationToken = default) =>
        _webhooks.WhenSettledAsync(taskId, cancellationToken);

    /// <summary>Stops the server and any pending webhook deliveries.</summary>
    public async ValueTask DisposeAsync()
    {
        _webhooks.Dispose();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static Uri LoopbackBaseAddress(string boundUrl)
    {
        var bound = new UriBuilder(boundUrl);
        if (bound.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*")
        {
            bound.Host = "127.0.0.1";
        }

        bound.Path = "/";
        return bound.Uri;
    }
}
