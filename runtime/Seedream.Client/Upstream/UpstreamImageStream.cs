using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Seedream.Failures;
using Seedream.Http;
using Seedream.Logging;
using Seedream.ServerSentEvents;
using Seedream.Transport.ModelArk;

namespace Seedream.Upstream;

/// <summary>
/// Reads the upstream images API's streamed answer (or, from a server that does not stream, its JSON answer) into
/// images as they arrive. A <c>partial_failed</c> event is a failed item and the stream goes on; <c>completed</c> gives
/// the usage. The set is complete once <c>completed</c> arrived, or <c>[DONE]</c> after an item for every position asked
/// for (one source says <c>completed</c> may be absent for a single image). Any other end throws
/// <see cref="SeedreamIncompleteImageSetException"/> with what arrived: the body ended or broke
/// (<see cref="SeedreamErrorKind.InvalidResponse"/>, <see cref="SeedreamErrorKind.Network"/>), nothing arrived for
/// <see cref="SeedreamClientOptions.SyncRequestTimeout"/> (<see cref="SeedreamErrorKind.RequestTimeout"/>), an error event
/// (its code's kind), or an event that cannot be read.
/// </summary>
internal sealed class UpstreamImageStream
{
    private readonly string _requestId;
    private readonly int _requested;
    private readonly TimeSpan _idleLimit;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly FailureClassifier _classifier;
    private readonly ApiCall _call;
    private readonly List<SeedreamImage> _received = new List<SeedreamImage>();

    public UpstreamImageStream(string requestId, int requested, TimeSpan idleLimit, TimeProvider time, SecretRedactor redactor, FailureClassifier classifier, ApiCall call)
    {
        _requestId = requestId;
        _requested = requested;
        _idleLimit = idleLimit;
        _time = time;
        _redactor = redactor;
        _classifier = classifier;
        _call = call;
    }

    /// <summary>Every item that arrived, in arrival order.</summary>
    public IReadOnlyList<SeedreamImage> Received => _received;

    /// <summary>The usage the <c>completed</c> event (or the JSON answer) gave, once read.</summary>
    public SeedreamUsage? Usage { get; private set; }

    /// <summary>The model the events named.</summary>
    public string? Model { get; private set; }

    /// <summary>When the generation was made, as the events said.</summary>
    public DateTimeOffset? CreatedAt { get; private set; }

    /// <summary>Reads <paramref name="response"/> (disposed at the end), yielding each item as it arrives.</summary>
    /// <exception cref="SeedreamIncompleteImageSetException">The set ended before it was complete.</exception>
    public async IAsyncEnumerable<SeedreamImage> ReadAsync(HttpResponseMessage response, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (response)
        {
            if (!BoundedAnswerHandler.IsEventStream(response))
            {
                foreach (var image in await ReadWholeAsync(response).ConfigureAwait(false))
                {
                    yield return image;
                }

                yield break;
            }

            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var timer = _time.CreateTimer(static state => Cancel((CancellationTokenSource)state!), idle, _idleLimit, Timeout.InfiniteTimeSpan);
#if NET
            var body = await response.Content.ReadAsStreamAsync(idle.Token).ConfigureAwait(false);
#else
            var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            using var closing = idle.Token.Register(static state => ((IDisposable)state!).Dispose(), body);
            var events = ServerSentEventReader.ReadAsync(body, ServerSentEventReader.DefaultMaxEventBytes, idle.Token).GetAsyncEnumerator(idle.Token);
            var completed = false;
            var done = false;
            try
            {
                while (true)
                {
                    ServerSentEvent? next = null;
                    Failure? broken = null;
                    try
                    {
                        next = await events.MoveNextAsync().ConfigureAwait(false) ? events.Current : null;
                    }
                    catch (Exception exception) when (!cancellationToken.IsCancellationRequested && Broken(exception, idle.IsCancellationRequested) is { } failure)
                    {
                        broken = failure;
                    }

                    if (broken is not null)
                    {
                        throw _call.RaiseIncomplete(broken, _received, _requested);
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    if (next is null || next.IsDone)
                    {
                        done = next is not null;
                        break;
                    }

                    timer.Change(_idleLimit, Timeout.InfiniteTimeSpan);
                    var image = Read(next, ref completed);
                    if (image is not null)
                    {
                        _received.Add(image);
                        yield return image;
                    }
                }
            }
            finally
            {
                await events.DisposeAsync().ConfigureAwait(false);
            }

            if (!completed && !(done && AllArrived()))
            {
                var what = done
                    ? "the stream ended with [DONE] but without image_generation.completed"
                    : "the stream ended without image_generation.completed and [DONE]";
                throw _call.RaiseIncomplete(new Failure(SeedreamErrorKind.InvalidResponse, what, retryable: false, mayHaveCreatedTask: true, statusCode: 200), _received, _requested);
            }
        }
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The stream ended as the timer fired.
        }
    }

    private bool AllArrived()
    {
        var arrived = new HashSet<int>();
        foreach (var image in _received)
        {
            arrived.Add(image.Index);
        }

        return arrived.Count >= _requested;
    }

    /// <summary>The item <paramref name="item"/> carries, or <see langword="null"/>; an error event or unreadable data throws.</summary>
    private SeedreamImage? Read(ServerSentEvent item, ref bool completed)
    {
        IImageStreamEvent? read;
        try
        {
            read = ImageStreamEvents.Read(item.EventType, item.Data);
        }
        catch (JsonException unreadable)
        {
            var failure = new Failure(SeedreamErrorKind.InvalidResponse, "an event of the stream could not be read (" + _redactor.Redact(unreadable.Message) + ")", retryable: false, mayHaveCreatedTask: true, statusCode: 200, cause: _redactor.Guard(unreadable));
            throw _call.RaiseIncomplete(failure, _received, _requested);
        }

        switch (read)
        {
            case ImagePartialSucceededEvent image:
                Seen(image.Model, image.Created);
                return UpstreamAnswers.Image(_requestId, _received.Count, image, _redactor);
            case ImagePartialFailedEvent failed:
                Seen(failed.Model, failed.Created);
                return UpstreamAnswers.Image(_requestId, _received.Count, failed, _redactor);
            case ImageGenerationCompletedEvent end:
                Seen(end.Model, end.Created);
                Usage = UpstreamAnswers.Usage(end.Usage);
                completed = true;
                return null;
            case StreamErrorEvent error:
                throw _call.RaiseIncomplete(_classifier.OfUpstreamError(error.Error?.Code, error.Error?.Message, "an error event of the stream", mayHaveCreated: true), _received, _requested);
            default:
                return null;
        }
    }

    private void Seen(string? model, long? created)
    {
        Model ??= model;
        CreatedAt ??= Transport.UnixTimestamp.ToDateTimeOffset(created);
    }

    private async Task<IReadOnlyList<SeedreamImage>> ReadWholeAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        ImageGenerationResponse? answer = null;
        try
        {
            answer = JsonConvert.DeserializeObject<ImageGenerationResponse>(text, ModelArkJson.CreateSettings());
        }
        catch (JsonException)
        {
        }

        if (answer is null)
        {
            throw _call.RaiseIncomplete(new Failure(SeedreamErrorKind.InvalidResponse, "the answer is JSON but not the images API's answer", retryable: false, mayHaveCreatedTask: true, statusCode: 200), _received, _requested);
        }

        var task = UpstreamAnswers.ToTask(answer, _requestId, _redactor, _time.GetUtcNow());
        if (answer.Error is { } error && task.Images.Count == 0)
        {
            throw _call.RaiseIncomplete(_classifier.OfUpstreamError(error.Code, error.Message, "the answer", mayHaveCreated: false), _received, _requested);
        }

        Model = answer.Model;
        CreatedAt = answer.CreatedAt;
        Usage = UpstreamAnswers.Usage(answer.Usage);
        _received.AddRange(task.Images);
        return task.Images;
    }

    /// <summary>What ended the reading of the body: a stall (the idle limit ran out), a broken connection, or an event over the size bound.</summary>
    private Failure? Broken(Exception exception, bool stalled)
    {
        if (stalled && exception is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
        {
            var seconds = _idleLimit.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
            return new Failure(SeedreamErrorKind.RequestTimeout, $"nothing arrived for {seconds} s (SeedreamClientOptions.SyncRequestTimeout)", retryable: false, mayHaveCreatedTask: true, cause: _redactor.Guard(exception), timeout: _idleLimit);
        }

        return exception switch
        {
            ServerSentEventTooLargeException tooLarge => new Failure(SeedreamErrorKind.InvalidResponse, _redactor.Redact(tooLarge.Message)!, retryable: false, mayHaveCreatedTask: true, statusCode: 200, cause: tooLarge),
            IOException or HttpRequestException or ObjectDisposedException => new Failure(SeedreamErrorKind.Network, $"the stream broke ({exception.GetType().Name}: {_redactor.Redact(exception.Message)})", retryable: false, mayHaveCreatedTask: true, cause: _redactor.Guard(exception)),
            _ => null,
        };
    }
}
