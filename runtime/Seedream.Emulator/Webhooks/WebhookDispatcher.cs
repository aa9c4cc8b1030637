using System;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Transport;

namespace Seedream.Emulator;

/// <summary>
/// POSTs each finished task (completed, failed or cancelled), as the spec's callback says, to its <c>callback_url</c>,
/// retrying non-2xx answers and connection errors as <see cref="WebhookOptions"/> says, and records every attempt. Only
/// the finished task is sent: a delivery starts when the task has ended by the emulator's clock (a timer that wakes
/// early waits again), and every attempt carries that finished task. What a delivery records lives on its task
/// (<see cref="EmulatedTask.Webhook"/>) and is forgotten with it.
/// </summary>
internal sealed class WebhookDispatcher : IDisposable
{
    private readonly WebhookOptions _options;
    private readonly TimeProvider _time;
    private readonly EmulatorCounters _counters;
    private readonly TaskRepresentation _representation;
    private readonly TaskStore _store;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="options">The emulator's options.</param>
    /// <param name="time">The emulator's clock.</param>
    /// <param name="counters">Where attempts are counted.</param>
    /// <param name="representation">Builds the task body that is delivered.</param>
    /// <param name="store">The tasks, which carry their deliveries.</param>
    public WebhookDispatcher(EmulatorOptions options, TimeProvider time, EmulatorCounters counters, TaskRepresentation representation, TaskStore store)
    {
        _options = options.Webhook;
        _time = time;
        _counters = counters;
        _representation = representation;
        _store = store;
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = WebhookConnections.ConnectFor(_options),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Every attempt made for the tasks still held, oldest first.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries =>
        _store.Held().Where(task => task.Webhook is not null).SelectMany(task => task.Webhook!.Attempts).OrderBy(attempt => attempt.At).ToList();

    /// <summary>Arranges the delivery of <paramref name="task"/> when it finishes, if it has a <c>callback_url</c>.</summary>
    /// <param name="task">A new task.</param>
    public void Schedule(EmulatedTask task)
    {
        if (task.Request.CallbackUrl is null)
        {
            return;
        }

        task.Webhook = new WebhookSubscription();
        StartWhenEnded(task, task.Webhook);
    }

    /// <summary>Delivers <paramref name="task"/> now because it was cancelled, if it has a <c>callback_url</c>.</summary>
    /// <param name="task">The cancelled task.</param>
    public void Cancelled(EmulatedTask task)
    {
        if (task.Webhook is { } subscription)
        {
            StartWhenEnded(task, subscription);
        }
    }

    /// <summary>Completes when the delivery of <paramref name="taskId"/> succeeded or gave up, with its attempts.</summary>
    /// <param name="taskId">A task created with a <c>callback_url</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="InvalidOperationException">No task held has that id and a <c>callback_url</c>.</exception>
    public Task<IReadOnlyList<WebhookDelivery>> WhenSettledAsync(string taskId, CancellationToken cancellationToken)
    {
        var subscription = _store.Find(taskId)?.Webhook
            ?? throw new InvalidOperationException($"Task '{taskId}' was not created with a callback_url, or was forgotten, so no webhook is delivered for it.");
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
        foreach (var task in _store.Held())
        {
            task.Webhook?.Stop();
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Starts the delivery if the task has ended by the clock; otherwise sets a timer for when it ends, which checks again.</summary>
    private void StartWhenEnded(EmulatedTask task, WebhookSubscription subscription)
    {
        var now = _time.GetUtcNow();
        if (task.EndedAt(now) is null)
        {
            subscription.Arm(_time.CreateTimer(_ => StartWhenEnded(task, subscription), null, task.FinishesAt - now, Timeout.InfiniteTimeSpan));
            return;
        }

        if (subscription.TryStart())
        {
            _ = DeliverAsync(task, subscription, WireText.Of(_representation.At(task, now)));
        }
    }

    private async Task DeliverAsync(EmulatedTask task, WebhookSubscription subscription, string body)
    {
        var url = task.Request.CallbackUrl!;
        try
        {
            for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
            {
                await Task.Delay(_options.DelayBefore(attempt), _time, _stopping.Token).ConfigureAwait(false);
                var delivery = await AttemptAsync(task.Id, url, attempt, body).ConfigureAwait(false);
                subscription.Record(delivery);
                if (delivery.Succeeded)
                {
                    _counters.WebhookDelivered();
                    subscription.Settled.TrySetResult(subscription.Attempts.ToList());
                    return;
                }
            }

            _counters.WebhookAbandoned();
            subscription.Settled.TrySetResult(subscription.Attempts.ToList());
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

    /// <summary>Reads at most <see cref="WebhookOptions.MaxResponseBytes"/> of the receiver's response, then stops; the status is what counts.</summary>
    private async Task DrainCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var chunk = new byte[Math.Min(16 * 1024, Math.Max(1, _options.MaxResponseBytes))];
        var left = _options.MaxResponseBytes;
        int read;
        while (left > 0 && (read = await body.ReadAsync(chunk.AsMemory(0, Math.Min(chunk.Length, left)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            left -= read;
        }
    }
}
