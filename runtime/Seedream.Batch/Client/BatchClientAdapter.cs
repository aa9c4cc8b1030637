using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Seedream.Batch.Input;
using Seedream.Transport;

namespace Seedream.Batch.Client;

/// <summary>
/// Every call the batch runner makes into the Seedream client, in one place: building a request from a
/// batch line, submitting it, and waiting for its task and saving the images. The rest of the runner sees only
/// <see cref="SubmitOutcome"/> and <see cref="CollectOutcome"/>, which say what the ledger must record.
/// </summary>
internal sealed class BatchClientAdapter : IDisposable
{
    private readonly SeedreamClient _client;

    /// <summary>Creates a client that sends every request through <paramref name="handler"/> (not disposed here).</summary>
    /// <param name="options">The client's settings (key, address, polling, retries).</param>
    /// <param name="handler">The HTTP pipeline, with the batch's shared rate limiter in it.</param>
    public BatchClientAdapter(SeedreamClientOptions options, HttpMessageHandler handler)
    {
        _client = new SeedreamClient(options, handler);
    }

    /// <summary>Checks a line against its model's table, as the client will before sending it.</summary>
    /// <param name="line">The parsed line.</param>
    /// <returns><see langword="null"/> when it can be sent, else every problem in one message.</returns>
    public static string? Check(BatchLine line)
    {
        try
        {
            Build(line);
            return null;
        }
        catch (SeedreamValidationException exception)
        {
            return string.Join(" ", exception.Problems.Select(p => p.Message));
        }
        catch (ArgumentException exception)
        {
            return exception.ParamName is null ? exception.Message : exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal);
        }
        catch (UriFormatException exception)
        {
            return "'image_urls' holds a value that is not a URL: " + exception.Message;
        }
    }

    /// <summary>
    /// Sends the create request once. The request is never sent again here when it may have created a task;
    /// the outcome says whether it did, did not, or may have.
    /// </summary>
    /// <param name="line">The job's line (already checked).</param>
    /// <param name="cancellationToken">Stops the request; the outcome is then unknown, so callers pass <see cref="CancellationToken.None"/> once the ledger says submitting.</param>
    public async Task<SubmitOutcome> SubmitAsync(BatchLine line, CancellationToken cancellationToken)
    {
        try
        {
            var handle = await _client.SubmitAsync(Build(line), cancellationToken).ConfigureAwait(false);
            return new SubmitOutcome(SubmitResult.Submitted, handle.TaskId, null, null, null);
        }
        catch (SeedreamAuthenticationException exception)
        {
            return Outcome(SubmitResult.Fatal, exception);
        }
        catch (SeedreamInsufficientBalanceException exception)
        {
            return Outcome(SubmitResult.Fatal, exception);
        }
        catch (SeedreamRateLimitException exception)
        {
            return Outcome(SubmitResult.RetryLater, exception) with { RetryAfter = exception.RetryAfter };
        }
        catch (SeedreamInvalidRequestException exception)
        {
            return Outcome(SubmitResult.Rejected, exception);
        }
        catch (SeedreamNetworkException exception)
        {
            return Outcome(exception.MayHaveCreatedTask ? SubmitResult.Ambiguous : SubmitResult.RetryLater, exception);
        }
        catch (SeedreamTimeoutException exception)
        {
            return Outcome(exception.MayHaveCreatedTask ? SubmitResult.Ambiguous : SubmitResult.RetryLater, exception);
        }
        catch (SeedreamServerException exception) when (exception.StatusCode == 503)
        {
            // The client re-sends a create only on answers that certainly created nothing (429, 503).
            return Outcome(SubmitResult.RetryLater, exception) with { RetryAfter = exception.RetryAfter };
        }
        catch (SeedreamException exception)
        {
            return Outcome(SubmitResult.Ambiguous, exception);
        }
    }

    /// <summary>Waits for the task to finish, then saves its images into <paramref name="stagingDirectory"/>.</summary>
    /// <param name="taskId">The task's id, from the ledger.</param>
    /// <param name="stagingDirectory">Where the client writes the images (as <c>&lt;task id&gt;-&lt;index&gt;.&lt;ext&gt;</c>).</param>
    /// <param name="cancellationToken">Stops waiting or saving; the task goes on at the provider.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CollectOutcome> CollectAsync(string taskId, string stagingDirectory, CancellationToken cancellationToken)
    {
        GenerationResult result;
        try
        {
            result = await _client.WaitAsync(taskId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (SeedreamTaskFailedException exception)
        {
            return new CollectOutcome(CollectResult.TaskFailed, Array.Empty<StagedImage>(), exception.ApiCode ?? exception.Status, exception.ApiMessage ?? exception.Message);
        }
        catch (SeedreamNotFoundException exception)
        {
            return new CollectOutcome(CollectResult.NotFound, Array.Empty<StagedImage>(), exception.ApiCode ?? "task_not_found", exception.Message);
        }
        catch (SeedreamException exception)
        {
            return new CollectOutcome(CollectResult.RetryLater, Array.Empty<StagedImage>(), exception.ApiCode, exception.Message);
        }

        try
        {
            var saved = await result.SaveImagesAsync(stagingDirectory, cancellationToken).ConfigureAwait(false);
            return new CollectOutcome(CollectResult.Saved, Staged(saved), null, null);
        }
        catch (SeedreamImagesNotSavedException exception)
        {
            var failures = string.Join(" ", exception.Failures.Select(f => $"image {f.ImageIndex}: {f.Message}"));
            if (exception.Failures.Any(f => f.Reason == ImageSaveFailureReason.LinkExpired))
            {
                return new CollectOutcome(CollectResult.Expired, Array.Empty<StagedImage>(), "link_expired", failures);
            }

            if (exception.Failures.All(f => f.Reason == ImageSaveFailureReason.ImageFailed))
            {
                return exception.Saved.Count == 0
                    ? new CollectOutcome(CollectResult.TaskFailed, Array.Empty<StagedImage>(), "image_failed", failures)
                    : new CollectOutcome(CollectResult.Saved, Staged(exception.Saved), "image_failed", failures);
            }

            return new CollectOutcome(CollectResult.RetryLater, Array.Empty<StagedImage>(), null, failures);
        }
    }

    /// <summary>Releases the client.</summary>
    public void Dispose() => _client.Dispose();

    private static CreateTaskRequest Build(BatchLine line)
    {
        var request = SeedreamRequest.ForModel(line.Model).Prompt(line.Prompt);
        if (line.Size is not null)
        {
            request.Size(line.Size);
        }

        if (line.Resolution is not null)
        {
            request.Resolution(line.Resolution);
        }

        if (line.ImageCount is int count)
        {
            request.Count(count);
        }

        foreach (var url in line.ImageUrls)
        {
            request.ImageUrl(new Uri(url, UriKind.Absolute));
        }

        if (line.Watermark is bool watermark)
        {
            request.Watermark(watermark);
        }

        foreach (var extra in line.Extras)
        {
            switch (extra.Value)
            {
                case bool flag:
                    request.Extra(extra.Path, flag);
                    break;
                case long whole:
                    request.Extra(extra.Path, new JValue(whole));
                    break;
                case double number:
                    request.Extra(extra.Path, number);
                    break;
                case IReadOnlyList<string> tools:
                    request.Extra(extra.Path, new JArray(tools.Select(type => new JObject { ["type"] = type })));
                    break;
                default:
                    request.Extra(extra.Path, (string)extra.Value);
                    break;
            }
        }

        return request.Build();
    }

    private static IReadOnlyList<StagedImage> Staged(IReadOnlyList<SavedImage> saved) =>
        saved.OrderBy(s => s.Index).Select(s => new StagedImage(s.Index, s.Path, s.MediaType)).ToList();

    private static SubmitOutcome Outcome(SubmitResult result, SeedreamException exception) =>
        new(result, null, exception.ApiCode, exception.Message, null);
}
