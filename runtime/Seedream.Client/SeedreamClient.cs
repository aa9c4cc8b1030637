using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Seedream.Http;
using Seedream.Logging;
using Seedream.Polling;
using Seedream.Results;
using Seedream.Transport;

namespace Seedream;

/// <summary>
/// Carries a Seedream task from submit to saved images: submit, wait (polling with backoff, jitter,
/// <c>Retry-After</c> and a deadline), stream images as they appear, cancel, resume from a bare task id,
/// and save images before their links expire. Thread-safe and meant to be reused; every failure is a
/// typed <see cref="SeedreamException"/>. Requests go through the NSwag-generated transport
/// (<see cref="SeedreamTasksClient"/>); create requests are never re-sent when they may have created a task.
/// </summary>
public sealed class SeedreamClient : IDisposable
{
    private const string CreateOperation = "POST /v1/tasks";
    private const string CreateSyncOperation = "POST /v1/tasks/sync";

    private readonly SeedreamClientOptions _options;
    private readonly SeedreamHttp _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RequestRunner _runner;
    private readonly TaskPoller _poller;
    private readonly ImageSaver _saver;
    private readonly SecretRedactor _redactor;
    private readonly FreshTasks _fresh;

    /// <summary>Creates a client with its own HTTP connection pool.</summary>
    /// <param name="options">The settings; read once, here.</param>
    /// <exception cref="ArgumentException">The options are incomplete or unsafe (no API key, a plain-http non-loopback base URL, …).</exception>
    public SeedreamClient(SeedreamClientOptions options)
        : this(Snapshot(options), o => SeedreamHttp.Owned(o.ApiKey!, o.BaseUrl, o.MaxAnswerBytes), null, null, null)
    {
    }

    /// <summary>Creates a client that sends through <paramref name="handler"/> (not disposed with the client).</summary>
    /// <param name="options">The settings; read once, here.</param>
    /// <param name="handler">The handler that sends requests: a configured <see cref="HttpClientHandler"/>, a test double, …</param>
    /// <param name="timeProvider">The clock for polling, retries and time limits; <see cref="TimeProvider.System"/> when omitted.</param>
    /// <param name="loggerFactory">Where the client logs; nothing is logged when omitted.</param>
    /// <exception cref="ArgumentException">The options are incomplete or unsafe.</exception>
    public SeedreamClient(SeedreamClientOptions options, HttpMessageHandler handler, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(options, handler, timeProvider, loggerFactory, null)
    {
    }

    /// <summary>Creates a client over <paramref name="handler"/> with a chosen jitter source (tests).</summary>
    internal SeedreamClient(SeedreamClientOptions options, HttpMessageHandler handler, TimeProvider? timeProvider, ILoggerFactory? loggerFactory, Func<double>? random)
        : this(Snapshot(options), o => SeedreamHttp.Over(handler ?? throw new ArgumentNullException(nameof(handler)), handler, disposeInner: false, o.ApiKey!, o.BaseUrl, o.MaxAnswerBytes), timeProvider, loggerFactory, random)
    {
    }

    /// <summary>Creates a client that takes its HTTP clients from <paramref name="httpClientFactory"/> (see <c>AddSeedream</c>).</summary>
    internal SeedreamClient(SeedreamClientOptions options, IHttpClientFactory httpClientFactory, TimeProvider? timeProvider, ILoggerFactory? loggerFactory)
        : this(Snapshot(options), _ => SeedreamHttp.From(httpClientFactory), timeProvider, loggerFactory, null)
    {
    }

    private SeedreamClient(SeedreamClientOptions options, Func<SeedreamClientOptions, SeedreamHttp> http, TimeProvider? timeProvider, ILoggerFactory? loggerFactory, Func<double>? random)
    {
        _options = options;
        _http = http(options);
        _time = timeProvider ?? TimeProvider.System;
        _logger = loggerFactory?.CreateLogger<SeedreamClient>() ?? (ILogger)NullLogger.Instance;
        var jitter = random ?? ThreadSafeRandom.NextDouble;
        _redactor = new SecretRedactor(options.ApiKey);
        _fresh = new FreshTasks(_time);
        _runner = new RequestRunner(options.Retry, _time, _logger, _redactor, jitter);
        _poller = new TaskPoller(GetOnceAsync, options.Polling, _time, _logger, _redactor, jitter);
        _saver = new ImageSaver(_http.Downloads, options.Download, options.Retry, _time, _logger, _redactor, jitter);
    }

    /// <summary>
    /// Submits a task (<c>POST /v1/tasks</c>) after checking the request against the model's table.
    /// Re-sent only when it certainly created nothing (connection refused, a 429, or a 503 carrying the API's
    /// error envelope); any other failure may have created the task and says so.
    /// </summary>
    /// <param name="request">The request, from a generated builder, <see cref="SeedreamRequest"/>, or by hand.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>A handle with the task id; store the id to resume after a restart.</returns>
    /// <exception cref="SeedreamValidationException">The request does not fit the model; nothing was sent.</exception>
    /// <exception cref="SeedreamTimeoutException">No complete answer in time; the task may exist (<see cref="SeedreamTimeoutException.MayHaveCreatedTask"/>, with <see cref="SeedreamException.TaskId"/> when part of the answer named it).</exception>
    /// <exception cref="SeedreamServerException">A server error, gateway page, redirect or unreadable answer; when <see cref="SeedreamServerException.MayHaveCreatedTask"/>, the task may exist (<see cref="SeedreamException.TaskId"/> when the answer named it).</exception>
    /// <exception cref="SeedreamException">Another failure, typed by what can be done about it.</exception>
    public async Task<SeedreamTaskHandle> SubmitAsync(CreateTaskRequest request, CancellationToken cancellationToken = default)
    {
        Check(request);
        var tasks = _http.Tasks();
        var task = await _runner.RunAsync(CreateOperation, null, RequestKind.Create, _options.RequestTimeout, _runner.MaxAttempts, ct => tasks.CreateTaskAsync(request, ct), cancellationToken).ConfigureAwait(false);
        var taskId = TaskAnswers.CreatedId(task, CreateOperation, _redactor);
        _fresh.Add(taskId);
        SeedreamLog.TaskSubmitted(_logger, _redactor.Redact(taskId)!, _redactor.Redact(request.Model)!, _redactor.Redact(task.Status));
        return new SeedreamTaskHandle(this, taskId, task);
    }

    /// <summary>The task's current state (<c>GET /v1/tasks/{id}</c>), retried on transient failures.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <exception cref="SeedreamNotFoundException">No such task, or it belongs to another key.</exception>
    /// <exception cref="SeedreamException">Another failure, typed by what can be done about it.</exception>
    public Task<SeedreamTask> GetAsync(string taskId, CancellationToken cancellationToken = default)
    {
        CheckId(taskId);
        var tasks = _http.Tasks();
        return _runner.RunAsync(GetOperation(taskId), taskId, RequestKind.Repeatable, _options.RequestTimeout, _runner.MaxAttempts, ct => TaskAnswers.AboutAsync(tasks.GetTaskAsync(taskId, ct), taskId, _redactor), cancellationToken);
    }

    /// <summary>Cancels a task that is still queued (<c>POST /v1/tasks/{id}/cancel</c>); its quota is refunded.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <exception cref="SeedreamInvalidRequestException">The task is no longer queued.</exception>
    /// <exception cref="SeedreamNotFoundException">No such task, or it belongs to another key.</exception>
    public Task<CancelTaskResponse> CancelAsync(string taskId, CancellationToken cancellationToken = default)
    {
        CheckId(taskId);
        var tasks = _http.Tasks();
        return _runner.RunAsync($"POST /v1/tasks/{taskId}/cancel", taskId, RequestKind.Repeatable, _options.RequestTimeout, _runner.MaxAttempts, ct => tasks.CancelTaskAsync(taskId, ct), cancellationToken);
    }

    /// <summary>
    /// Waits for a task to finish, polling from about 2 s, growing, jittered and capped, honouring
    /// <c>Retry-After</c>, treating unknown statuses as still running, and reporting status and progress
    /// changes. Works from a bare id (resume after a restart).
    /// </summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops waiting at once (the task goes on at the provider).</param>
    /// <returns>The completed task's images.</returns>
    /// <exception cref="SeedreamTimeoutException">The deadline (<see cref="SeedreamPollingOptions.Timeout"/>) passed; carries the task id to resume.</exception>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled.</exception>
    public Task<GenerationResult> WaitAsync(string taskId, IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        CheckId(taskId);
        return WaitCoreAsync(taskId, null, progress, cancellationToken);
    }

    /// <summary>
    /// Submits and waits. With <see cref="SeedreamClientOptions.UseSyncEndpoint"/>, submits through
    /// <c>POST /v1/tasks/sync</c> and polls only when that answers <c>processing</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops at once (a submitted task goes on at the provider).</param>
    /// <returns>The completed task's images; save them with <see cref="GenerationResult.SaveImagesAsync"/>.</returns>
    /// <exception cref="SeedreamTimeoutException">The deadline passed; <see cref="SeedreamException.TaskId"/> resumes the wait.</exception>
    /// <exception cref="SeedreamException">Any other failure, typed by what can be done about it.</exception>
    public async Task<GenerationResult> GenerateAsync(CreateTaskRequest request, IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!_options.UseSyncEndpoint)
        {
            var handle = await SubmitAsync(request, cancellationToken).ConfigureAwait(false);
            return await WaitCoreAsync(handle.TaskId, handle.LastKnown, progress, cancellationToken).ConfigureAwait(false);
        }

        Check(request);
        var tasks = _http.Tasks();
        var task = await _runner.RunAsync(CreateSyncOperation, null, RequestKind.Create, _options.SyncRequestTimeout, _runner.MaxAttempts, ct => tasks.CreateTaskSyncAsync(request, ct), cancellationToken).ConfigureAwait(false);
        var taskId = TaskAnswers.CreatedId(task, CreateSyncOperation, _redactor);
        _fresh.Add(taskId);
        SeedreamLog.TaskSubmitted(_logger, _redactor.Redact(taskId)!, _redactor.Redact(request.Model)!, _redactor.Redact(task.Status));
        if (!task.IsTerminal)
        {
            SeedreamLog.SyncFellBackToPolling(_logger, _redactor.Redact(taskId)!, _redactor.Redact(task.Status));
        }

        return await WaitCoreAsync(taskId, task, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Yields each image as soon as the task's state shows it (how <c>stream</c> output arrives through the
    /// task API), then ends when the task completes. Items of a set that failed are yielded too, with their error.
    /// </summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops polling at once.</param>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled (after any images already yielded).</exception>
    /// <exception cref="SeedreamTimeoutException">The deadline passed; carries the task id.</exception>
    public IAsyncEnumerable<GeneratedImage> StreamImagesAsync(string taskId, IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        CheckId(taskId);
        return StreamCoreAsync(taskId, null, progress, cancellationToken);
    }

    /// <summary>A handle for a task known only by its id, e.g. read back after a restart. Makes no request.</summary>
    /// <param name="taskId">The task id.</param>
    public SeedreamTaskHandle Resume(string taskId)
    {
        CheckId(taskId);
        return new SeedreamTaskHandle(this, taskId, null);
    }

    /// <summary>The images of a task received some other way: a webhook (<see cref="SeedreamWebhook.Parse"/>) or <see cref="GetAsync"/>.</summary>
    /// <param name="task">A task in a final status.</param>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled.</exception>
    /// <exception cref="ArgumentException">The task has no id or is not finished yet.</exception>
    public GenerationResult CreateResult(SeedreamTask task)
    {
        if (task is null)
        {
            throw new ArgumentNullException(nameof(task));
        }

        if (string.IsNullOrEmpty(task.Task_id))
        {
            throw new ArgumentException("The task has no task_id.", nameof(task));
        }

        if (!task.IsTerminal)
        {
            throw new ArgumentException($"Task {task.Task_id} is still {task.Status ?? "running"}; wait for it with WaitAsync.", nameof(task));
        }

        return ToResult(task);
    }

    /// <summary>Releases the connection pool the client created; a lent handler or factory is left alone.</summary>
    public void Dispose() => _http.Dispose();

    /// <inheritdoc />
    public override string ToString() => $"SeedreamClient for {_options.BaseUrl}";

    internal async Task<GenerationResult> WaitCoreAsync(string taskId, SeedreamTask? initial, IProgress<SeedreamTaskUpdate>? progress, CancellationToken cancellationToken)
    {
        SeedreamTask? last = null;
        await foreach (var task in _poller.PollAsync(taskId, initial, progress, cancellationToken).ConfigureAwait(false))
        {
            last = task;
        }

        return ToResult(last!);
    }

    internal async IAsyncEnumerable<GeneratedImage> StreamCoreAsync(string taskId, SeedreamTask? initial, IProgress<SeedreamTaskUpdate>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var yielded = new HashSet<int>();
        await foreach (var task in _poller.PollAsync(taskId, initial, progress, cancellationToken).ConfigureAwait(false))
        {
            var images = task.Result?.Images;
            for (var i = 0; images is not null && i < images.Count; i++)
            {
                var image = images[i];
                var shown = image is not null && (image.Error is not null || !string.IsNullOrEmpty(image.B64_json) || image.Url is { Count: > 0 });
                if (shown && yielded.Add(i))
                {
                    yield return new GeneratedImage(taskId, i, image!, _saver);
                }
            }

            if (task.IsTerminal && task.Status != SeedreamTaskStatus.Completed)
            {
                throw Failed(task);
            }
        }
    }

    private GenerationResult ToResult(SeedreamTask task) =>
        task.Status == SeedreamTaskStatus.Completed ? new GenerationResult(task, _saver) : throw Failed(task);

    private SeedreamTaskFailedException Failed(SeedreamTask task)
    {
        var taskId = _redactor.Redact(task.Task_id);
        var code = _redactor.Redact(task.Error?.Code);
        var message = _redactor.Redact(task.Error?.Message);
        if (task.Status == SeedreamTaskStatus.Cancelled)
        {
            return new SeedreamTaskFailedException($"Task {taskId} was cancelled; it produced no images and its quota was refunded.", task, code, message);
        }

        return new SeedreamTaskFailedException($"Task {taskId} failed ({code ?? "no code"}: {message ?? "no message"}). Submitting again creates and bills a new task.", task, code, message);
    }

    private Task<SeedreamTask> GetOnceAsync(string taskId, CancellationToken cancellationToken)
    {
        var tasks = _http.Tasks();
        return TaskAnswers.RetryUnreadableAsync(
            () => _fresh.RideOutNotFoundAsync(
                taskId,
                () => _runner.RunAsync(GetOperation(taskId), taskId, RequestKind.Repeatable, _options.RequestTimeout, 1, ct => TaskAnswers.AboutAsync(tasks.GetTaskAsync(taskId, ct), taskId, _redactor), cancellationToken)),
            _options.Retry,
            _time,
            cancellationToken);
    }

    private void Check(CreateTaskRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (_options.ValidateRequests)
        {
            SeedreamRequestValidator.Validate(request);
        }
    }

    private static string GetOperation(string taskId) => "GET /v1/tasks/" + taskId;

    private static void CheckId(string taskId)
    {
        if (string.IsNullOrWhiteSpace(taskId))
        {
            throw new ArgumentException("A task id is required.", nameof(taskId));
        }
    }

    private static SeedreamClientOptions Snapshot(SeedreamClientOptions options) =>
        (options ?? throw new ArgumentNullException(nameof(options))).Snapshot();
}
