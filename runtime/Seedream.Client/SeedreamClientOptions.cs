using System;
using System.Collections.Generic;
using System.Net;

namespace Seedream;

/// <summary>
/// Settings of a <see cref="SeedreamClient"/>; read once when the client is created. Binds from
/// configuration (section <c>Seedream</c> by convention): <c>ApiKey</c>, <c>Host</c>, <c>BaseUrl</c>,
/// <c>Polling:Timeout</c>, <c>Download:MaxBytes</c>, and so on.
/// </summary>
public sealed class SeedreamClientOptions
{
    /// <summary>The gateway's address, the default of <see cref="SeedreamHost.Gateway"/>.</summary>
    public static readonly Uri DefaultBaseUrl = new Uri("https://qingbo.dev/");

    private SeedreamPollingOptions _polling = new SeedreamPollingOptions();
    private SeedreamRetryOptions _retry = new SeedreamRetryOptions();
    private SeedreamDownloadOptions _download = new SeedreamDownloadOptions();

    /// <summary>BytePlus ModelArk's images API, the default of <see cref="SeedreamHost.ModelArk"/>.</summary>
    public static readonly Uri ModelArkBaseUrl = new Uri("https://ark.ap-southeast.bytepluses.com/api/v3/");

    /// <summary>Volcengine Ark's images API, the default of <see cref="SeedreamHost.Volcengine"/>.</summary>
    public static readonly Uri VolcengineBaseUrl = new Uri("https://ark.cn-beijing.volces.com/api/v3/");

    /// <summary>
    /// Where the models are called: the gateway's task API (default), or the upstream images API of BytePlus ModelArk or
    /// Volcengine Ark. Binds from configuration as <c>Host</c> (<c>gateway</c>, <c>modelark</c> or <c>volcengine</c>, any case).
    /// On an upstream host a request's model id becomes that host's id (<see cref="SeedreamModelTable.Hosts"/>), and
    /// nothing has a task id: <see cref="SeedreamClient.GenerateAsync"/> and <see cref="SeedreamClient.GenerateImagesAsync"/>
    /// work, submitting, polling and cancelling do not.
    /// </summary>
    public SeedreamHost Host { get; set; }

    /// <summary>The API key, sent as <c>Authorization: Bearer</c>. Never logged, never part of a message.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The API address. Must be https; plain http is accepted only for a loopback host (a local
    /// emulator). When <see langword="null"/> (the default), the host's own: <see cref="DefaultBaseUrl"/> (<c>https://qingbo.dev/</c>)
    /// for the gateway, <see cref="ModelArkBaseUrl"/> or <see cref="VolcengineBaseUrl"/> upstream (the images API's base, ending
    /// in <c>/api/v3/</c>, to which <c>images/generations</c> is added).
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The time limit of one attempt of an API request (create, status, cancel), headers and body included: a body
    /// that stalls or trickles ends the attempt here. A call's bound is this × the attempts + the backoff between them.
    /// Default 30 seconds.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether <see cref="SeedreamClient.GenerateAsync"/> submits through <c>POST /v1/tasks/sync</c>, which answers
    /// the finished task when it is quick, and falls back to polling when it answers <c>processing</c>. Default false.
    /// </summary>
    public bool UseSyncEndpoint { get; set; }

    /// <summary>
    /// The time limit of one <c>POST /v1/tasks/sync</c> request, and on an upstream host of one images request: until the
    /// whole answer (not streaming), or until the stream's headers and then between two of its events (streaming), since the
    /// images API answers only once the images are made. Default 60 seconds.
    /// </summary>
    public TimeSpan SyncRequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The largest API answer body read, in bytes, success or error alike; a larger one is an error (for a create:
    /// one that says the task may exist). Answers carrying <c>b64_json</c> images hold the images: raise the cap
    /// when asking for many of them. Default 32 MiB.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Whether requests are checked against the model's table before they are sent. Default true.</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>
    /// Model tables added to the shipped ones for this client's <see cref="SeedreamClient.Catalog"/>: typically a project's
    /// generated <c>Seedream.Models.SeedreamProjectModels.Tables</c>. A table with a shipped id replaces the shipped one for
    /// this client only; two tables with one id are an error when the client is created. Requests built from a table
    /// (the generated builders) are checked against that table instead.
    /// </summary>
    public IList<SeedreamModelTable> ModelTables { get; set; } = new List<SeedreamModelTable>();

    /// <summary>
    /// On an upstream host, the endpoint id (<c>ep-…</c>) to call instead of a model's id there, by the request's model id
    /// (e.g. <c>["seedream-5.0"] = "ep-20260101-abcde"</c>). Binds from configuration as <c>Endpoints:seedream-5.0</c>.
    /// A request whose model id itself starts with <c>ep-</c> is sent as it is. Empty by default.
    /// </summary>
    public IDictionary<string, string> Endpoints { get; set; } = new Dictionary<string, string>();

    /// <summary>How tasks are polled: set its values in place (<c>options.Polling.Timeout = …</c>).</summary>
    public SeedreamPollingOptions Polling => _polling;

    /// <summary>How API requests are retried: set its values in place (<c>options.Retry.MaxAttempts = …</c>).</summary>
    public SeedreamRetryOptions Retry => _retry;

    /// <summary>
    /// Whether the submit's activity carries the prompt (<c>gen_ai.input.messages</c>). Prompts may hold
    /// personal or confidential text, so this is off by default; see <see cref="SeedreamTelemetry"/>.
    /// </summary>
    public bool RecordPromptInTraces { get; set; }

    /// <summary>How result images are downloaded and saved: set its values in place (<c>options.Download.MaxBytes = …</c>).</summary>
    public SeedreamDownloadOptions Download => _download;

    /// <summary>Describes the options without the API key.</summary>
    public override string ToString() =>
        $"SeedreamClientOptions {{ Host = {Host}, BaseUrl = {ResolvedBaseUrl}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)")}, RequestTimeout = {RequestTimeout}, UseSyncEndpoint = {UseSyncEndpoint} }}";

    /// <summary>A validated copy, taken when a client is created.</summary>
    /// <exception cref="SeedreamOptionsException">The options are incomplete or unsafe; <see cref="SeedreamOptionsException.Option"/> names the option.</exception>
    internal SeedreamClientOptions Snapshot()
    {
        var copy = (SeedreamClientOptions)MemberwiseClone();
        copy._polling = _polling.Clone();
        copy._retry = _retry.Clone();
        copy._download = _download.Clone();
        copy.ModelTables = new List<SeedreamModelTable>(ModelTables ?? throw Missing(nameof(ModelTables)));
        copy.Endpoints = new Dictionary<string, string>(Endpoints ?? throw Missing(nameof(Endpoints)), StringComparer.Ordinal);
        copy.BaseUrl = ResolvedBaseUrl;
        copy.Validate();
        return copy;
    }

    /// <summary><see cref="BaseUrl"/>, or the host's default when it is not set.</summary>
    internal Uri ResolvedBaseUrl => BaseUrl ?? Host switch
    {
        SeedreamHost.ModelArk => ModelArkBaseUrl,
        SeedreamHost.Volcengine => VolcengineBaseUrl,
        _ => DefaultBaseUrl,
    };

    private void Validate()
    {
        if (Host is not (SeedreamHost.Gateway or SeedreamHost.ModelArk or SeedreamHost.Volcengine))
        {
            throw new SeedreamOptionsException(nameof(Host), "gateway, modelark or volcengine", $"SeedreamClientOptions.Host must be gateway, modelark or volcengine; it is {(int)Host}.");
        }

        if (Http.ApiKeyRule.Problem(ApiKey) is { } keyProblem)
        {
            throw keyProblem;
        }

        CheckBaseUrl(BaseUrl);
        foreach (var endpoint in Endpoints)
        {
            if (string.IsNullOrWhiteSpace(endpoint.Value))
            {
                throw new SeedreamOptionsException($"SeedreamClientOptions.Endpoints[\"{endpoint.Key}\"] is empty; give the endpoint id, or remove the entry.", nameof(Endpoints), "an endpoint id such as ep-20260101-abcde");
            }
        }

        if (MaxResponseBytes <= 0)
        {
            throw new SeedreamOptionsException($"SeedreamClientOptions.MaxResponseBytes must be positive; it is {MaxResponseBytes}.", nameof(MaxResponseBytes), "a positive number of bytes");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new SeedreamOptionsException($"SeedreamClientOptions.RequestTimeout must be positive; it is {RequestTimeout}.", nameof(RequestTimeout), "a positive time");
        }

        if (SyncRequestTimeout <= TimeSpan.Zero)
        {
            throw new SeedreamOptionsException($"SeedreamClientOptions.SyncRequestTimeout must be positive; it is {SyncRequestTimeout}.", nameof(SyncRequestTimeout), "a positive time");
        }

        Polling.Validate();
        Retry.Validate();
        Download.Validate();
    }

    private static SeedreamOptionsException Missing(string name) =>
        new SeedreamOptionsException($"SeedreamClientOptions.{name} must not be null.", name, "a collection (it may be empty)");

    private static void CheckBaseUrl(Uri? baseUrl)
    {
        if (baseUrl is null || !baseUrl.IsAbsoluteUri)
        {
            throw BaseUrlRefused($"SeedreamClientOptions.BaseUrl must be an absolute https URL; it is '{baseUrl}'.");
        }

        if (baseUrl.Scheme == Uri.UriSchemeHttps)
        {
            return;
        }

        if (baseUrl.Scheme != Uri.UriSchemeHttp)
        {
            throw BaseUrlRefused($"SeedreamClientOptions.BaseUrl must use https; '{baseUrl.Scheme}' is not supported.");
        }

        if (!IsLoopback(baseUrl))
        {
            throw BaseUrlRefused(
                $"SeedreamClientOptions.BaseUrl '{baseUrl.GetLeftPart(UriPartial.Authority)}' uses plain http, which would send the API key unencrypted; use https (plain http is accepted only for a loopback host such as 127.0.0.1 or localhost).");
        }
    }

    private static SeedreamOptionsException BaseUrlRefused(string message) =>
        new SeedreamOptionsException(message, nameof(BaseUrl), "an absolute https URL (plain http only for a loopback host such as 127.0.0.1 or localhost)");

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback ||
        string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
