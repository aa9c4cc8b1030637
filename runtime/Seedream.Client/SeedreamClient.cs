using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Seedream.Failures;
using Seedream.Upstream;
using Seedream.Http;
using Seedream.Logging;
using Seedream.Polling;
using Seedream.Results;
using Seedream.Telemetry;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream;

/// <summary>
/// Carries a Seedream task from submit to saved images: submit (an operation to wait on), follow a task from its
/// id after a restart, stream images as they appear, cancel, and save images before their links expire.
/// Thread-safe and meant to be reused; every failure is a <see cref="SeedreamException"/> whose <see cref="SeedreamException.Kind"/>
/// says what kind it is; create requests are never re-sent when they may have created a task. Every member is virtual, and a protected constructor lets
/// a test substitute the client (build its results with <see cref="SeedreamModelFactory"/>).
/// </summary>
public class SeedreamClient : IDisposable
{
    private readonly SeedreamClientOptions? _options;
    private readonly SeedreamModelCatalog _catalog;
    private readonly SeedreamHttp? _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TaskApi? _api;
    private readonly ApiCall? _create;
    private readonly ApiCall? _createSync;
    private readonly ApiCall? _get;
    private readonly ApiCall? _cancel;
    private readonly ApiCall? _poll;
    private readonly ImageSaver? _saver;
    private readonly SecretRedactor _redactor;
    private readonly Func<double> _jitter;
    private readonly FreshTasks? _fresh;
    private readonly FailureClassifier? _classifier;
    private readonly ImagesApi? _images;
    private readonly ApiCall? _generate;

    /// <summary>The API's base URL (<see cref="SeedreamClientOptions.BaseUrl"/>); <see langword="null"/> for a test double.</summary>
    internal Uri? BaseUrl => _options?.BaseUrl;

    /// <summary>Creates a client with its own HTTP connection pool.</summary>
    /// <param name="options">The settings; read once, here.</param>
    /// <exception cref="SeedreamOptionsException">An option is incomplete or unsafe (no API key, a plain-http non-loopback base URL, …); it names the option and what is allowed.</exception>
    /// <exception cref="ArgumentException">Two added tables have one id.</exception>
    public SeedreamClient(SeedreamClientOptions options)
        : this(Snapshot(options), o => SeedreamHttp.Owned(o.ApiKey!, o.BaseUrl!, o.MaxResponseBytes), null, null, null)
    {
    }

    /// <summary>Creates a client that sends through <paramref name="handler"/> (not disposed with the client).</summary>
    /// <param name="options">The settings; read once, here.</param>
    /// <param name="handler">
    /// The handler that sends requests: a configured <see cref="HttpClientHandler"/>, a test double, … API calls and image
    /// downloads both go through it. When it is (or wraps) an <see cref="HttpClientHandler"/> or <c>SocketsHttpHandler</c>
    /// with <c>UseCookies</c> on (their default), its cookies are switched off here: the API gets no cookies and downloads
    /// share none with it. It should not follow redirects: an API call answered from elsewhere is an error.
    /// </param>
    /// <param name="timeProvider">The clock for polling, retries and time limits; <see cref="TimeProvider.System"/> when omitted.</param>
    /// <param name="loggerFactory">Where the client logs; nothing is logged when omitted.</param>
    /// <exception cref="SeedreamOptionsException">An option is incomplete or unsafe; it names the option and what is allowed.</exception>
    /// <exception cref="ArgumentException">Two added tables have one id, or <paramref name="handler"/> keeps cookies and has already sent requests (so they can no longer be switched off).</exception>
    public SeedreamClient(SeedreamClientOptions options, HttpMessageHandler handler, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(options, handler, timeProvider, loggerFactory, null)
    {
    }

    /// <summary>Creates a client over <paramref name="handler"/> with a chosen jitter source (tests).</summary>
    internal SeedreamClient(SeedreamClientOptions options, HttpMessageHandler handler, TimeProvider? timeProvider, ILoggerFactory? loggerFactory, Func<double>? random)
        : this(Snapshot(options), o => SeedreamHttp.Over(handler ?? throw new ArgumentNullException(nameof(handler)), handler, disposeInner: false, o.ApiKey!, o.BaseUrl!, o.MaxResponseBytes, nameof(handler)), timeProvider, loggerFactory, random)
    {
    }

    /// <summary>Creates a client that takes its HTTP clients from <paramref name="httpClientFactory"/> (see <c>AddSeedream</c>).</summary>
    internal SeedreamClient(SeedreamClientOptions options, IHttpClientFactory httpClientFactory, TimeProvider? timeProvider, ILoggerFactory? loggerFactory)
        : this(Snapshot(options), _ => SeedreamHttp.From(httpClientFactory), timeProvider, loggerFactory, null)
    {
    }

    /// <summary>
    /// For test doubles only: a client that sends nothing. Override the members your code calls; the others fail.
    /// Its <see cref="Catalog"/> is <see cref="SeedreamModelCatalog.Shipped"/>.
    /// </summary>
    protected SeedreamClient()
    {
        _catalog = SeedreamModelCatalog.Shipped;
        _time = TimeProvider.System;
        _logger = NullLogger.Instance;
        _redactor = new SecretRedactor(null);
        _jitter = ThreadSafeRandom.NextDouble;
    }

    private SeedreamClient(SeedreamClientOptions options, Func<SeedreamClientOptions, SeedreamHttp> http, TimeProvider? timeProvider, ILoggerFactory? loggerFactory, Func<double>? random)
    {
        _options = options;
        _catalog = SeedreamModelCatalog.Create(options.ModelTables);
        _http = http(options);
        _time = timeProvider ?? TimeProvider.System;
        _logger = loggerFactory?.CreateLogger<SeedreamClient>() ?? (ILogger)NullLogger.Instance;
        _jitter = random ?? ThreadSafeRandom.NextDouble;
        _redactor = new SecretRedactor(options.ApiKey);
        _fresh = new FreshTasks(_time);
        _classifier = new FailureClassifier(_time, _redactor, _fresh);
        _api = new TaskApi(_http, _classifier, options.Retry, _time, _jitter);
        _images = new ImagesApi(_http, _classifier, options.Retry, _time, _jitter);
        var attempts = options.Retry.MaxAttempts;
        _generate = new ApiCall(ApiRequest.Generate, "generate", options.SyncRequestTimeout, attempts, _redactor, _logger);
        _create = new ApiCall(ApiRequest.Create, "create", options.RequestTimeout, attempts, _redactor, _logger);
        _createSync = new ApiCall(ApiRequest.CreateSync, "create", options.SyncRequestTimeout, attempts, _redactor, _logger);
        _get = new ApiCall(ApiRequest.Get, "get", options.RequestTimeout, attempts, _redactor, _logger);
        _cancel = new ApiCall(ApiRequest.Cancel, "cancel", options.RequestTimeout, attempts, _redactor, _logger);

        // A wait polls once per poll: its schedule is the retry (TaskPoller).
        _poll = new ApiCall(ApiRequest.Get, "poll", options.RequestTimeout, 1, _redactor, _logger);
        _saver = new ImageSaver(new ImageDownloader(_http.Downloads, options.Download, options.Retry, _time, _jitter, _logger, _redactor), options.Download.MaxBytes, _logger, _redactor);
    }

    /// <summary>Clears this client's API key, in any letter case, from server text (a task id may echo it) before a message shows it.</summary>
    internal SecretRedactor Redactor => _redactor;

    /// <summary>
    /// The tables a request built from a bare model id is checked against: the shipped ones plus
    /// <see cref="SeedreamClientOptions.ModelTables"/> (an added table with a shipped id replaces it for this client).
    /// </summary>
    public virtual SeedreamModelCatalog Catalog => _catalog;

    /// <summary>
    /// Submits a task (<c>POST /v1/tasks</c>) after checking the request against the table it carries, else
    /// <see cref="Catalog"/>. Re-sent only when it certainly created nothing (connection refused, a 429, or a 503 carrying
    /// the API's error envelope); any other failure may have created the task and says so.
    /// </summary>
    /// <param name="request">The request, from a generated builder or <see cref="SeedreamRequest.ForModel(string)"/>.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The operation: its <see cref="SeedreamOperation.Id"/> is all that is needed to follow the task after a restart.</returns>
    /// <exception cref="SeedreamValidationException">The request does not fit the model; nothing was sent.</exception>
    /// <exception cref="SeedreamRequestTimeoutException">No complete answer in time; the task may exist (<see cref="SeedreamException.MayHaveCreatedTask"/>, with <see cref="SeedreamException.TaskId"/> when part of the answer named it).</exception>
    /// <exception cref="SeedreamServerException">A server error, gateway page, redirect or unreadable answer; when <see cref="SeedreamException.MayHaveCreatedTask"/>, the task may exist (<see cref="SeedreamException.TaskId"/> when the answer named it).</exception>
    /// <exception cref="SeedreamException">Another failure, typed by what can be done about it; <see cref="SeedreamException.MayHaveCreatedTask"/> says whether a task may exist anyway.</exception>
    /// <exception cref="InvalidOperationException">The client's host is an upstream one, which has no tasks: use <see cref="GenerateAsync"/> or <see cref="GenerateImagesAsync"/>.</exception>
    public virtual async Task<SeedreamOperation> SubmitAsync(SeedreamRequest request, CancellationToken cancellationToken = default)
    {
        GatewayOnly(nameof(SubmitAsync));
        var (task, taskId) = await CreateAsync(_create!, Check(request), cancellationToken).ConfigureAwait(false);
        return new SeedreamOperation(this, taskId, task, WireMapper.ToTask(task, _redactor, taskId));
    }

    /// <summary>
    /// Submits and waits. With <see cref="SeedreamClientOptions.UseSyncEndpoint"/>, submits through
    /// <c>POST /v1/tasks/sync</c> and polls only when that answers <c>processing</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops at once (a submitted task goes on at the provider).</param>
    /// <returns>
    /// The completed task's images; save them with <see cref="SeedreamResult.SaveImagesAsync"/>. On an upstream host
    /// (<see cref="SeedreamClientOptions.Host"/>) one <c>POST /images/generations</c> answers them whole: the model may make
    /// fewer than asked (<see cref="SeedreamResult.RequestedImages"/>), a failed item of the set is a failed image,
    /// <see cref="SeedreamResult.Usage"/> says what was billed, and the request is never sent again once it may have
    /// reached the server; <paramref name="progress"/> is not called there.
    /// </returns>
    /// <exception cref="SeedreamWaitTimeoutException">The deadline passed; <see cref="SeedreamException.TaskId"/> follows the task later.</exception>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled.</exception>
    /// <exception cref="SeedreamException">Any other failure, typed by what can be done about it.</exception>
    public virtual async Task<SeedreamResult> GenerateAsync(SeedreamRequest request, IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_options!.Host != SeedreamHost.Gateway)
        {
            return await GenerateUpstreamAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (!_options.UseSyncEndpoint)
        {
            var operation = await SubmitAsync(request, cancellationToken).ConfigureAwait(false);
            return await operation.WaitForCompletionAsync(progress, cancellationToken).ConfigureAwait(false);
        }

        var (task, taskId) = await CreateAsync(_createSync!, Check(request), cancellationToken).ConfigureAwait(false);
        if (!task.IsTerminal)
        {
            SeedreamLog.SyncFellBackToPolling(_logger, _redactor.Redact(taskId)!, _redactor.Redact(task.Status));
        }

        return ToResult(await WaitCoreAsync(taskId, task, null, progress, cancellationToken).ConfigureAwait(false), this);
    }

    /// <summary>
    /// Generates and yields each image as soon as it is ready, on any host: upstream, one streaming
    /// <c>POST /images/generations</c> whose events become images as they arrive (a failed item of the set is yielded with
    /// its error, and the stream goes on); on the gateway, a submit, then <see cref="StreamImagesAsync"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Stops at once (images being made go on being made, and billed).</param>
    /// <returns>The items, in the order they arrive; <see cref="SeedreamImage.Index"/> is each one's position in the set.</returns>
    /// <exception cref="SeedreamValidationException">The request does not fit the model or the host; nothing was sent.</exception>
    /// <exception cref="SeedreamIncompleteImageSetException">Upstream: the stream broke, stalled, carried an error event, or ended without completing; it holds what arrived and names what did not. Never sent again.</exception>
    /// <exception cref="SeedreamException">Any other failure, typed by <see cref="SeedreamException.Kind"/>.</exception>
    public virtual IAsyncEnumerable<SeedreamImage> GenerateImagesAsync(SeedreamRequest request, CancellationToken cancellationToken = default) =>
        _options!.Host == SeedreamHost.Gateway ? GatewayImagesAsync(request, cancellationToken) : UpstreamImagesAsync(request, cancellationToken);

    /// <summary>An operation for a task known only by its id (read back after a restart); makes no request. Replaces resuming by handle.</summary>
    /// <param name="taskId">The task id.</param>
    /// <returns>The operation; <see cref="SeedreamOperation.HasCompleted"/> is false until it is updated or waited for.</returns>
    /// <exception cref="ArgumentException"><paramref name="taskId"/> is empty.</exception>
    public virtual SeedreamOperation GetOperation(string taskId)
    {
        GatewayOnly(nameof(GetOperation));
        CheckId(taskId);
        return new SeedreamOperation(this, taskId, null, null);
    }

    /// <summary>The task's current state (<c>GET /v1/tasks/{id}</c>), retried on transient failures.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <exception cref="SeedreamNotFoundException">No such task, or it belongs to another key.</exception>
    /// <exception cref="SeedreamException">Another failure, typed by what can be done about it.</exception>
    public virtual async Task<SeedreamTask> GetTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        GatewayOnly(nameof(GetTaskAsync));
        CheckId(taskId);
        using var activity = SeedreamActivities.StartTaskOperation("get_task", taskId, ActivityKind.Client, _redactor);
        try
        {
            var attempt = await _api!.GetAsync(_get!, taskId, cancellationToken).ConfigureAwait(false);
            var task = attempt.Value ?? throw _get!.Raise(attempt.Failure!);
            SeedreamActivities.Answered(activity, task, _redactor);
            return WireMapper.ToTask(task, _redactor, taskId);
        }
        catch (Exception failure)
        {
            SeedreamActivities.Failed(activity, failure);
            throw;
        }
    }

    /// <summary>Cancels a task that is still queued (<c>POST /v1/tasks/{id}/cancel</c>); its quota is refunded.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <exception cref="SeedreamInvalidRequestException">The task is no longer queued.</exception>
    /// <exception cref="SeedreamNotFoundException">No such task, or it belongs to another key.</exception>
    public virtual async Task<SeedreamCancelResult> CancelAsync(string taskId, CancellationToken cancellationToken = default)
    {
        GatewayOnly(nameof(CancelAsync));
        CheckId(taskId);
        using var activity = SeedreamActivities.StartTaskOperation("cancel_task", taskId, ActivityKind.Client, _redactor);
        try
        {
            var attempt = await _api!.CancelAsync(_cancel!, taskId, cancellationToken).ConfigureAwait(false);
            return WireMapper.ToCancelResult(attempt.Value ?? throw _cancel!.Raise(attempt.Failure!), taskId);
        }
        catch (Exception failure)
        {
            SeedreamActivities.Failed(activity, failure);
            throw;
        }
    }

    /// <summary>
    /// Yields each image as soon as the task's state shows it (how <c>stream</c> output arrives through the
    /// task API), then ends when the task completes. Items of a set that failed are yielded too, with their error, and
    /// so is an entry the completed task lists without a link or data (<see cref="SeedreamImage.Succeeded"/> is false).
    /// </summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops polling at once.</param>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled (after any images already yielded).</exception>
    /// <exception cref="SeedreamWaitTimeoutException">The deadline passed; carries the task id.</exception>
    public virtual IAsyncEnumerable<SeedreamImage> StreamImagesAsync(string taskId, IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        CheckId(taskId);
        return StreamCoreAsync(taskId, progress, cancellationToken);
    }

    /// <summary>The result of a task received some other way: a webhook (<see cref="SeedreamWebhook.Parse"/>) or <see cref="GetTaskAsync"/>.</summary>
    /// <param name="task">A task in a final status.</param>
    /// <returns>The result, saved through this client.</returns>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled.</exception>
    /// <exception cref="ArgumentException">The task has no id or is not finished yet.</exception>
    public virtual SeedreamResult CreateResult(SeedreamTask task)
    {
        if (task is null)
        {
            throw new ArgumentNullException(nameof(task));
        }

        if (string.IsNullOrEmpty(task.Id))
        {
            throw new ArgumentException("The task has no id.", nameof(task));
        }

        if (!task.Status.IsTerminal)
        {
            throw new ArgumentException($"Task {_redactor.Redact(task.Id)} is still {(task.Status.Value.Length == 0 ? "running" : task.Status.Value)}; wait for it with GetOperation(id).WaitForCompletionAsync().", nameof(task));
        }

        return ToResult(task, this);
    }

    /// <summary>
    /// Saves one image as <c>&lt;directory&gt;/&lt;task id&gt;-&lt;index&gt;.&lt;extension&gt;</c>, the extension taken from what the
    /// bytes are, writing atomically: the file is flushed to the disk under a temporary name, then moved to its name,
    /// replacing an older file of that name only then. Downloads are size-capped, time-limited and retried; the API
    /// key is never sent to the image host.
    /// </summary>
    /// <param name="image">The image, e.g. from <see cref="StreamImagesAsync"/>.</param>
    /// <param name="directory">Where to write; created when missing.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <exception cref="SeedreamImageSaveException">The image could not be saved; <see cref="SeedreamImageSaveException.Reason"/> says why.</exception>
    public virtual Task<SeedreamSavedImage> SaveImageAsync(SeedreamImage image, string directory, CancellationToken cancellationToken = default) =>
        _saver!.SaveAsync(image ?? throw new ArgumentNullException(nameof(image)), directory, new ByteBudget(_options!.Download.MaxBytesPerTask), cancellationToken);

    /// <summary>
    /// Saves every image of <paramref name="result"/> as <see cref="SaveImageAsync"/> does, a few at a time
    /// (<see cref="SeedreamDownloadOptions.MaxConcurrency"/>). Every image is attempted, unless the task lists more than
    /// <see cref="SeedreamDownloadOptions.MaxImagesPerTask"/>; together they may write at most <see cref="SeedreamDownloadOptions.MaxBytesPerTask"/>.
    /// A test double made with the protected constructor saves each image through its <see cref="SaveImageAsync"/>.
    /// Called by <see cref="SeedreamResult.SaveImagesAsync"/>, the one public way to save a set.
    /// </summary>
    internal Task<IReadOnlyList<SeedreamSavedImage>> SaveImagesAsync(SeedreamResult result, string directory, CancellationToken cancellationToken = default)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        ImageSaver.CheckDirectory(directory);
        var limits = _options?.Download ?? new SeedreamDownloadOptions();
        Func<SeedreamImage, ByteBudget, CancellationToken, Task<SeedreamSavedImage>> save = _saver is null
            ? (image, _, ct) => SaveImageAsync(image, directory, ct)
            : (image, budget, ct) => _saver.SaveAsync(image, directory, budget, ct);
        return ImageSetSaver.SaveAllAsync(result.TaskId, result.Images, limits.MaxImagesPerTask, limits.MaxConcurrency, limits.MaxBytesPerTask, _redactor, save, cancellationToken);
    }

    /// <summary>Releases the connection pool the client created; a lent handler or factory is left alone.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public override string ToString() => _options is null ? "SeedreamClient (test double)" : $"SeedreamClient for {_options.BaseUrl}";

    /// <summary>Releases the connection pool the client created.</summary>
    /// <param name="disposing">Whether <see cref="Dispose()"/> was called (rather than a finalizer).</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _http?.Dispose();
        }
    }

    /// <summary>Polls until the task is final; the last answer, as the public task.</summary>
    internal async Task<SeedreamTask> WaitCoreAsync(string taskId, WireTask? initial, SeedreamPollingOptions? polling, IProgress<SeedreamTaskUpdate>? progress, CancellationToken cancellationToken)
    {
        WireTask? last = null;
        await foreach (var task in Poller(polling).PollAsync(taskId, initial, progress, cancellationToken).ConfigureAwait(false))
        {
            last = task;
        }

        return WireMapper.ToTask(last!, _redactor, taskId);
    }

    /// <summary>The result of a final task, saved through <paramref name="client"/>; a failed or cancelled task throws.</summary>
    internal static SeedreamResult ToResult(SeedreamTask task, SeedreamClient? client) =>
        task.Status == SeedreamTaskStatus.Completed ? new SeedreamResult(task, client) : throw Failed(task, client?._redactor ?? new SecretRedactor(null));

    /// <summary>The typed error of a task that failed or was cancelled (its text already cleared of the key by <see cref="WireMapper"/>, its id cleared by <paramref name="redactor"/>).</summary>
    internal static SeedreamTaskFailedException Failed(SeedreamTask task, SecretRedactor redactor)
    {
        var id = redactor.Redact(task.Id);
        if (task.Status == SeedreamTaskStatus.Cancelled)
        {
            return new SeedreamTaskFailedException($"Task {id} was cancelled; it produced no images and its quota was refunded.", task);
        }

        return new SeedreamTaskFailedException($"Task {id} failed ({task.Error?.Code ?? "no code"}: {task.Error?.Message ?? "no message"}). Submitting again creates and bills a new task.", task);
    }

    private async IAsyncEnumerable<SeedreamImage> StreamCoreAsync(string taskId, IProgress<SeedreamTaskUpdate>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var yielded = new HashSet<int>();
        await foreach (var wire in Poller(null).PollAsync(taskId, null, progress, cancellationToken).ConfigureAwait(false))
        {
            var task = WireMapper.ToTask(wire, _redactor, taskId);
            foreach (var image in task.Images)
            {
                // While the task runs, an entry without a link, data or error may still be filled in; once it has
                // completed, every entry is yielded, an empty one as a failed image (nothing is silently dropped).
                var shown = task.Status == SeedreamTaskStatus.Completed || image.Error is not null || image.Url is not null || !string.IsNullOrEmpty(image.Base64Data);
                if (shown && yielded.Add(image.Index))
                {
                    yield return image;
                }
            }

            if (task.Status.IsTerminal && task.Status != SeedreamTaskStatus.Completed)
            {
                throw Failed(task, _redactor);
            }
        }
    }

    private TaskPoller Poller(SeedreamPollingOptions? polling)
    {
        var options = polling is null ? _options!.Polling : polling.Checked();
        return new TaskPoller(PollOnceAsync, _poll!.Raise, _options!.Retry.MaxAttempts, options, _time, _logger, _redactor, _jitter);
    }

    private ValueTask<Attempt<WireTask>> PollOnceAsync(string taskId, CancellationToken cancellationToken) => _api!.GetAsync(_poll!, taskId, cancellationToken);

    /// <summary>Sends a create through <paramref name="call"/>; the answer and the id of the task it created.</summary>
    private async Task<(WireTask Task, string TaskId)> CreateAsync(ApiCall call, CreateTaskRequest wire, CancellationToken cancellationToken)
    {
        using var activity = SeedreamActivities.StartSubmit(wire, _options!.RecordPromptInTraces);
        try
        {
            var attempt = await _api!.CreateAsync(call, wire, cancellationToken).ConfigureAwait(false);
            var task = attempt.Value ?? throw call.Raise(attempt.Failure!);
            SeedreamActivities.Submitted(activity, task, _redactor);
            var taskId = task.Task_id!.Trim();
            _fresh!.Add(taskId);
            SeedreamLog.TaskSubmitted(_logger, _redactor.Redact(taskId)!, _redactor.Redact(wire.Model)!, _redactor.Redact(task.Status));
            return (task, taskId);
        }
        catch (Exception failure)
        {
            SeedreamActivities.Failed(activity, failure);
            throw;
        }
    }

    private CreateTaskRequest Check(SeedreamRequest request) => WireMapper.ToWire(Checked(request).Request);

    /// <summary>The request as it is sent (checked against its table, or its options read by the table), and that table.</summary>
    private (SeedreamRequest Request, SeedreamModelTable? Table) Checked(SeedreamRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var table = request.Table ?? _catalog.Find(request.Model);
        var checkedRequest = _options!.ValidateRequests ? _catalog.Validate(request) : table is null ? request : ExtraText.Read(request, table);
        return (checkedRequest, checkedRequest.Table ?? table);
    }

    private void GatewayOnly(string member)
    {
        if (_options is not null && _options.Host != SeedreamHost.Gateway)
        {
            throw new InvalidOperationException($"SeedreamClient.{member} needs the gateway's task API, but this client's host is {_options.Host}, whose images API has no tasks: use GenerateAsync or GenerateImagesAsync.");
        }
    }

    private async IAsyncEnumerable<SeedreamImage> GatewayImagesAsync(SeedreamRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var operation = await SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        await foreach (var image in StreamImagesAsync(operation.Id, null, cancellationToken).ConfigureAwait(false))
        {
            yield return image;
        }
    }

    /// <summary>One non-streaming <c>POST /images/generations</c>, its answer as a completed result.</summary>
    private async Task<SeedreamResult> GenerateUpstreamAsync(SeedreamRequest request, CancellationToken cancellationToken)
    {
        var (checkedRequest, table) = Checked(request);
        var wire = UpstreamRequests.ToWire(checkedRequest, table, _options!.Host, (IReadOnlyDictionary<string, string>)_options.Endpoints, stream: false);
        var requestId = NewRequestId();
        using var activity = SeedreamActivities.StartSubmit(WireMapper.ToWire(checkedRequest), _options.RecordPromptInTraces);
        try
        {
            var attempt = await _images!.GenerateAsync(_generate!, wire, requestId, cancellationToken).ConfigureAwait(false);
            var answer = attempt.Value ?? throw _generate!.Raise(attempt.Failure!);
            var task = UpstreamAnswers.ToTask(answer, requestId, _redactor, _time.GetUtcNow());
            return new SeedreamResult(task, this, UpstreamRequests.Requested(checkedRequest), UpstreamAnswers.Usage(answer.Usage));
        }
        catch (Exception failure)
        {
            SeedreamActivities.Failed(activity, failure);
            throw;
        }
    }

    /// <summary>One streaming <c>POST /images/generations</c>, each event's item yielded as it arrives.</summary>
    private async IAsyncEnumerable<SeedreamImage> UpstreamImagesAsync(SeedreamRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (checkedRequest, table) = Checked(request);
        var wire = UpstreamRequests.ToWire(checkedRequest, table, _options!.Host, (IReadOnlyDictionary<string, string>)_options.Endpoints, stream: true);
        var requestId = NewRequestId();
        var requested = UpstreamRequests.Requested(checkedRequest);
        using var activity = SeedreamActivities.StartSubmit(WireMapper.ToWire(checkedRequest), _options.RecordPromptInTraces);
        var attempt = await _images!.OpenStreamAsync(_generate!, wire, requestId, cancellationToken).ConfigureAwait(false);
        if (attempt.Value is null)
        {
            var failure = _generate!.Raise(attempt.Failure!);
            SeedreamActivities.Failed(activity, failure);
            throw failure;
        }

        var stream = new UpstreamImageStream(requestId, requested, _options.SyncRequestTimeout, _time, _redactor, _classifier!, _generate!);
        await foreach (var image in stream.ReadAsync(attempt.Value, cancellationToken).ConfigureAwait(false))
        {
            yield return image;
        }
    }

    /// <summary>The id a generation on an upstream host goes by (sent as <c>X-Client-Request-Id</c>, and naming its saved files).</summary>
    private static string NewRequestId() => "gen-" + Guid.NewGuid().ToString("N");

    private static void CheckId(string taskId) => TaskIds.Check(taskId, nameof(taskId));

    private static SeedreamClientOptions Snapshot(SeedreamClientOptions options) =>
        (options ?? throw new ArgumentNullException(nameof(options))).Snapshot();
}
