using System;
using System.IO;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Transport;

namespace Seedream.Emulator;

/// <summary>
/// POSTs each finished task (completed, failed or cancelled) to its <c>callback_url</c>, retrying
/// non-2xx answers and connection errors as <see cref="WebhookOptions"/> says, and records every attempt.
/// A task's delivery is timed by the emulator's clock: it starts when the task finishes.
/// </summary>
internal sealed class WebhookDispatcher : IDisposable
{
    private readonly WebhookOptions _options;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _time;
    private readonly EmulatorCounters _counters;
    private readonly TaskRepresentation _representation;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();
    private readonly ConcurrentDictionary<string, Subscription> _subscriptions = new(StringComparer.Ordinal);
    private int _disposed;
    private readonly RetentionSweep _sweep = new();

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="options">The emulator's options.</param>
    /// <param name="time">The emulator's clock.</param>
    /// <param name="counters">Where attempts are counted.</param>
    /// <param name="representation">Builds the task body that is delivered.</param>
    public WebhookDispatcher(EmulatorOptions options, TimeProvider time, EmulatorCounters counters, TaskRepresentation representation)
    {
        _options = options.Webhook;
        _retention = options.TaskRetention;
        _time = time;
        _counters = counters;
        _representation = representation;
    }

    /// <summary>Every attempt made so far, oldest first.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => _deliveries.ToArray();

    /// <summary>Arranges the delivery of <paramref name="task"/> when it finishes, if it has a <c>callback_url</c>.</summary>
    /// <param name="task">A new task.</param>
    public void Schedule(EmulatedTask task)
    {
        ForgetExpired(_time.GetUtcNow());
        if (task.Request.CallbackUrl is null)
        {
            return;
        }

        var subscription = new Subscription();
        _subscriptions[task.Id] = subscription;
        var due = task.FinishesAt - _time.GetUtcNow();
        if (due <= TimeSpan.Zero)
        {
            Start(task, subscription);
            return;
        }

        subscription.Timer = _time.CreateTimer(_ => Start(task, subscription), null, due, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Delivers <paramref name="task"/> now because it was cancelled, if it has a <c>callback_url</c>.</summary>
    /// <param name="task">The cancelled task.</param>
    public void Cancelled(EmulatedTask task)
    {
        if (_subscriptions.TryGetValue(task.Id, out var subscription))
        {
            Start(task, subscription);
        }
    }

    /// <summary>Completes when the delivery of <paramref name="taskId"/> succeeded or gave up, with its attempts.</summary>
    /// <param name="taskId">A task created with a <c>callback_url</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="InvalidOperationException">No task with that id has a <c>callback_url</c>.</exception>
    public Task<IReadOnlyList<WebhookDelivery>> WhenSettledAsync(string taskId, CancellationToken cancellationToken)
    {
        if (!_subscriptions.TryGetValue(taskId, out var subscription))
        {
            throw new InvalidOperationException($"Task '{taskId}' was not created with a callback_url, so no webhook is delivered for it.");
        }

        return subscription.Settled.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops pending and running deliveries. Safe to call more than once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        foreach (var subscription in _subscriptions.Values)
        {
            subscription.Timer?.Dispose();
            subscription.Settled.TrySetCanceled();
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    private void Start(EmulatedTask task, Subscription subscription)
    {
        if (Interlocked.Exchange(ref subscription.Started, 1) == 1)
        {
            return;
        }

        subscription.Timer?.Dispose();
        _ = DeliverAsync(task, subscription);
    }

    private async Task DeliverAsync(EmulatedTask task, Subscription subscription)
    {
        var url = task.Request.CallbackUrl!;
        var body = WireText.Of(_representation.At(task, _time.GetUtcNow()));
        var attempts = new List<WebhookDelivery>();
        try
        {
            for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
            {
                await Task.Delay(_options.DelayBefore(attempt), _time, _stopping.Token).ConfigureAwait(false);
                var delivery = await AttemptAsync(task.Id, url, attempt, body).ConfigureAwait(false);
                attempts.Add(delivery);
                _deliveries.Enqueue(delivery);
                if (delivery.Succeeded)
                {
                    _counters.WebhookDelivered();
                    subscription.SettledAt = _time.GetUtcNow();
                    subscription.Settled.TrySetResult(attempts);
                    return;
                }
            }

            _counters.WebhookAbandoned();
            subscription.SettledAt = _time.GetUtcNow();
            subscription.Settled.TrySetResult(attempts);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            subscription.Settled.TrySetCanceled();
        }
    }

    private async Task<WebhookDelivery> AttemptAsync(string taskId, Uri url, int attempt, string body)
    {
        _counters.WebhookAttempt();
        var at = _time.GetUtcNow();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(_options.AttemptTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            await DrainCappedAsync(response, timeout.Token).ConfigureAwait(false);
            return new WebhookDelivery(taskId, url, attempt, (int)response.StatusCode, null, at);
        }
        catch (IOException exception)
        {
            return new WebhookDelivery(taskId, url, attempt, null, exception.Message, at);
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            return new WebhookDelivery(taskId, url, attempt, null, $"No answer within {_options.AttemptTimeout.TotalSeconds} s.", at);
        }
        catch (HttpRequestException exception)
        {
            return new WebhookDelivery(taskId, url, attempt, null, exception.Message, at);
        }
    }

    /// <summary>Reads at most <see cref="WebhookOptions.MaxAnswerBytes"/> of the receiver's answer, then stops; the status is what counts.</summary>
    private async Task DrainCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var chunk = new byte[Math.Min(16 * 1024, Math.Max(1, _options.MaxAnswerBytes))];
        var left = _options.MaxAnswerBytes;
        int read;
        while (left > 0 && (read = await body.ReadAsync(chunk.AsMemory(0, Math.Min(chunk.Length, left)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            left -= read;
        }
    }

    /// <summary>
    /// Forgets the deliveries and settled subscriptions older than <see cref="EmulatorOptions.TaskRetention"/>, as the task
    /// store forgets their tasks (at most once per <see cref="RetentionSweep.Interval"/>), so memory stays bounded.
    /// </summary>
    private void ForgetExpired(DateTimeOffset now)
    {
        if (!_sweep.IsDue(now))
        {
            return;
        }

        var cutoff = now - _retention;
        while (_deliveries.TryPeek(out var oldest) && oldest.At < cutoff)
        {
            _deliveries.TryDequeue(out _);
        }

        foreach (var (id, subscription) in _subscriptions)
        {
            if (subscription.SettledAt is DateTimeOffset settled && settled < cutoff)
            {
                _subscriptions.TryRemove(id, out _);
            }
        }
    }

    private sealed class Subscription
    {
        public int Started;

        public DateTimeOffset? SettledAt { get; set; }

        public ITimer? Timer { get; set; }

        public TaskCompletionSource<IReadOnlyList<WebhookDelivery>> Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
