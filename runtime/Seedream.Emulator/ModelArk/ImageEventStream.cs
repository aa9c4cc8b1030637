using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Seedream.Emulator;

/// <summary>
/// The streamed answer (<c>"stream": true</c>): <c>text/event-stream</c>, its headers sent at once, then one event per item
/// as it is ready (<c>image_generation.partial_succeeded</c> or <c>image_generation.partial_failed</c>; after a refused
/// image the stream goes on), <c>image_generation.completed</c> with the usage, and <c>data: [DONE]</c>. Each frame is an
/// <c>event:</c> line and one <c>data:</c> line whose JSON repeats the event as <c>type</c>. A body fault drawn for the
/// request (<see cref="BodyFault"/>) comes after the first half of the events (items then <c>completed</c>): a truncated
/// body ends the stream there cleanly and a dropped connection closes it mid-body (no final chunk), both without
/// <c>completed</c> and <c>[DONE]</c>; a stall delays the rest by <see cref="FaultOptions.Stall"/>.
/// </summary>
internal sealed class ImageEventStream : IResult
{
    private const string DoneFrame = "data: [DONE]\n\n";

    private readonly Generation _generation;
    private readonly GenerationAnswers _answers;
    private readonly FaultOptions _faults;
    private readonly EmulatorCounters _counters;
    private readonly TimeProvider _time;

    /// <summary>Creates the answer.</summary>
    /// <param name="generation">The accepted request.</param>
    /// <param name="answers">Builds each event.</param>
    /// <param name="faults">The fault options (the stall's length).</param>
    /// <param name="counters">Where applied faults are counted.</param>
    /// <param name="time">The clock the images are made by.</param>
    public ImageEventStream(Generation generation, GenerationAnswers answers, FaultOptions faults, EmulatorCounters counters, TimeProvider time)
    {
        _generation = generation;
        _answers = answers;
        _faults = faults;
        _counters = counters;
        _time = time;
    }

    /// <summary>Where a body fault comes in a stream of <paramref name="items"/> item events and <c>completed</c>: after this many events.</summary>
    /// <param name="items">The item events, 1 or more.</param>
    public static int FaultPosition(int items) => (items + 1) / 2;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var fault = httpContext.Features.Get<BodyFault>()?.Claim();
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers[HeaderNames.CacheControl] = "no-cache";
        await response.StartAsync(cancellationToken);
        await response.Body.FlushAsync(cancellationToken);

        var items = _generation.Items;
        var faultAt = FaultPosition(items.Count);
        var delay = TimeSpan.Zero;
        for (var position = 0; position <= items.Count; position++)
        {
            if (position == faultAt && fault is FaultKind kind)
            {
                _counters.Fault(kind);
                if (kind == FaultKind.DroppedConnection)
                {
                    // Kestrel closes the connection of a handler that fails after its answer started, once what was
                    // written has been sent, and without the final chunk: the client reads every event sent, then a
                    // broken body. (Aborting the connection instead could discard events not yet on the wire.)
                    throw new DroppedOnPurposeException();
                }

                if (kind == FaultKind.TruncatedBody)
                {
                    return;
                }

                delay = _faults.Stall;
            }

            var item = position < items.Count ? items[position] : null;
            await _time.WaitUntilAsync(_generation.ReadyAt(item?.Index ?? items.Count - 1) + delay, cancellationToken);
            var now = _time.GetUtcNow();
            var (type, data) = item is null
                ? (GenerationAnswers.Completed, (object)_answers.CompletedEvent(_generation, now))
                : _answers.ItemEvent(_generation, item, now);
            await WriteAsync(response, $"event: {type}\ndata: {WireText.Of(data)}\n\n", cancellationToken);
        }

        await WriteAsync(response, DoneFrame, cancellationToken);
    }

    private static async Task WriteAsync(HttpResponse response, string frame, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(frame), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>Ends a stream picked by <see cref="FaultOptions.DropConnectionRate"/>; never caught by the emulator.</summary>
    private sealed class DroppedOnPurposeException : Exception
    {
        public DroppedOnPurposeException()
            : base("The emulator dropped this stream's connection on purpose (Faults.DropConnectionRate).")
        {
        }
    }
}
