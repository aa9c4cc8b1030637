using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using Seedream.Batch.Input;
using Seedream.Batch.Running;
using Seedream.Logging;

namespace Seedream.Batch.Client;

/// <summary>
/// Every call the batch runner makes into the Seedream client, in one place: building a request from a
/// batch line, submitting it, and waiting for its task and saving the images. The rest of the runner sees only
/// <see cref="SubmitOutcome"/> and <see cref="CollectOutcome"/>, which say what the ledger must record.
/// </summary>
internal sealed class BatchClientAdapter : IDisposable
{
    private readonly SeedreamClient _client;
    private readonly SecretRedactor _redactor;

    /// <summary>Creates a client that sends every request through <paramref name="handler"/> (not disposed here).</summary>
    /// <param name="options">The client's settings (key, address, polling, retries).</param>
    /// <param name="handler">The HTTP pipeline, with the batch's shared rate limiter in it.</param>
    public BatchClientAdapter(SeedreamClientOptions options, HttpMessageHandler handler)
    {
        _client = new SeedreamClient(options, handler);
        _redactor = new SecretRedactor(options.ApiKey);
    }

    /// <summary>
    /// The tables this client checks requests against: the shipped ones plus <see cref="SeedreamClientOptions.ModelTables"/>.
    /// The batch file is checked against the same catalog (<see cref="BatchFileReader.Read"/>), so a line that passes is one the client sends.
    /// </summary>
    public SeedreamModelCatalog Catalog => _client.Catalog;

    /// <summary>The text with the API key cleared from it (in any letter case), as the client clears it from what the server sends; <see langword="null"/> stays <see langword="null"/>.</summary>
    /// <param name="text">A task id or a message, before it is recorded anywhere.</param>
    public string? Redact(string? text) => _redactor.Redact(text);

    /// <summary>Checks a line against <paramref name="catalog"/>, as a client with that catalog does before sending it.</summary>
    /// <param name="line">The parsed line.</param>
    /// <param name="catalog">The client's catalog (<see cref="Catalog"/>).</param>
    /// <returns><see langword="null"/> when it can be sent, else every problem in one message.</returns>
    public static string? Check(BatchLine line, SeedreamModelCatalog catalog)
    {
        try
        {
            catalog.Validate(Build(line, catalog));
            return null;
        }
        catch (SeedreamValidationException exception)
        {
            return string.Join(" ", exception.Problems.Select(p => p.Message));
        }
        catch (ArgumentException exception)
        {
            var message = exception.ParamName is null ? exception.Message : exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal);
            return WireField(exception.ParamName) is string field ? $"'{field}': {message}" : message;
        }
    }

    /// <summary>
    /// Sends the create request once. The request is never sent again here when it may have created a task;
    /// the outcome says whether it did, did not, or may have.
    /// </summary>
    /// <param name="line">The job's line (already checked).</param>
    /// <param name="cancellationToken">Gives the request up; its outcome is then unknown (a task may exist), so callers cancel it only to abandon the create.</param>
    public async Task<SubmitOutcome> SubmitAsync(BatchLine line, CancellationToken cancellationToken)
    {
        try
        {
            var operation = await _client.SubmitAsync(Build(line, Catalog), cancellationToken).ConfigureAwait(false);
            return new SubmitOutcome(SubmitResult.Submitted, operation.Id, null, null, null);
        }
        catch (SeedreamException exception)
        {
            var result = SubmitResultOf(exception);
            return result == SubmitResult.Ambiguous
                ? new SubmitOutcome(result, exception.TaskId, exception.ApiCode, Ambiguous(exception), null)
                : new SubmitOutcome(result, null, exception.ApiCode, exception.Message, exception.RetryAfter);
        }
    }

    /// <summary>What a failed create means for the job, decided from the error's data alone.</summary>
    /// <param name="exception">The client's error.</param>
    internal static SubmitResult SubmitResultOf(SeedreamException exception) =>
        exception.MayHaveCreatedTask
            ? SubmitResult.Ambiguous // the task may exist (under TaskId when the answer named it): never sent again on its own
            : exception.Kind switch
            {
                SeedreamErrorKind.Authentication or SeedreamErrorKind.InsufficientBalance => SubmitResult.Fatal,

                // Certainly nothing was created, and the service may take it later (the client already re-sent it as often as its retry options allow).
                SeedreamErrorKind.RateLimited or SeedreamErrorKind.Server or SeedreamErrorKind.Network or SeedreamErrorKind.RequestTimeout => SubmitResult.RetryLater,

                // A 400, a table the API disagrees with, or another answer that certainly created nothing: sending it again as it is fails again.
                _ => SubmitResult.Rejected,
            };

    /// <summary>Waits for the task to finish, then saves its images into <paramref name="stagingDirectory"/>.</summary>
    /// <param name="taskId">The task's id, from the ledger.</param>
    /// <param name="stagingDirectory">Where the client writes the images (as <c>&lt;task id&gt;-&lt;index&gt;.&lt;ext&gt;</c>).</param>
    /// <param name="cancellationToken">Stops waiting or saving; the task goes on at the provider.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CollectOutcome> CollectAsync(string taskId, string stagingDirectory, CancellationToken cancellationToken)
    {
        SeedreamResult result;
        try
        {
            result = await _client.GetOperation(taskId).WaitForCompletionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (SeedreamException exception)
        {
            return exception.Kind switch
            {
                SeedreamErrorKind.TaskFailed => new CollectOutcome(
                    CollectResult.TaskFailed,
                    Array.Empty<StagedImage>(),
                    exception.ApiCode ?? (exception is SeedreamTaskFailedException { Status: var status } ? status.Value : "task_failed"),
                    exception.ApiMessage ?? exception.Message),
                SeedreamErrorKind.NotFound => new CollectOutcome(CollectResult.NotFound, Array.Empty<StagedImage>(), exception.ApiCode ?? "task_not_found", exception.Message),
                SeedreamErrorKind.WaitTimeout => new CollectOutcome(CollectResult.RetryLater, Array.Empty<StagedImage>(), "wait_timeout", exception.Message),

                // A deadline, the network or the server: nothing is lost, the next attempt waits for the task again.
                _ => new CollectOutcome(CollectResult.RetryLater, Array.Empty<StagedImage>(), exception.ApiCode, exception.Message),
            };
        }

        try
        {
            var saved = await _client.SaveImagesAsync(result, stagingDirectory, cancellationToken).ConfigureAwait(false);
            return new CollectOutcome(CollectResult.Saved, Staged(saved), null, null);
        }
        catch (SeedreamImagesNotSavedException exception)
        {
            var failures = string.Join(" ", exception.Failures.Select(f => $"image {f.ImageIndex}: {f.Message}"));
            if (exception.Failures.FirstOrDefault(f => f.Reason == ImageSaveFailureReason.WriteFailed) is { } notWritten)
            {
                var cause = notWritten.InnerException is { } inner && StorageError.IsStorage(inner) ? StorageError.Describe(inner, stagingDirectory) : notWritten.Message;
                return new CollectOutcome(CollectResult.StorageFailed, Array.Empty<StagedImage>(), "write_failed", cause);
            }

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

    /// <summary>What the ledger says of a create that may have created a task, from the error's data.</summary>
    private static string Ambiguous(SeedreamException exception)
    {
        var status = exception.StatusCode is int code ? $" (HTTP {code.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : string.Empty;
        var what = exception.Kind switch
        {
            SeedreamErrorKind.Network => "the connection broke mid-request",
            SeedreamErrorKind.RequestTimeout => "no complete answer came in time",
            SeedreamErrorKind.Server => "the API failed" + status,
            _ => "the API's answer could not be used" + status,
        };
        var named = exception.TaskId is null ? string.Empty : $"; the API named task {exception.TaskId}";
        return $"The create may have reached the API and created a task ({what}{named}).";
    }

    /// <summary>Releases the client.</summary>
    public void Dispose() => _client.Dispose();

    /// <summary>
    /// The line as a request. A model <paramref name="catalog"/> knows is built from its table, so a tool list lands at
    /// the table's tool path and the builder checks the line at once; an unknown model is built from its bare id and
    /// refused by <see cref="SeedreamModelCatalog.Validate"/> with the known models listed.
    /// </summary>
    private static SeedreamRequest Build(BatchLine line, SeedreamModelCatalog catalog)
    {
        var request = (catalog.Find(line.Model) is SeedreamModelTable table ? SeedreamRequest.ForModel(table) : SeedreamRequest.ForModel(line.Model)).Prompt(line.Prompt);
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
            request.ImageCount(count);
        }

        foreach (var url in line.ImageUrls)
        {
            request.ReferenceImage(url);
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
                    request.Extra(extra.Path, whole);
                    break;
                case double number:
                    request.Extra(extra.Path, number);
                    break;
                case IReadOnlyList<string> tools:
                    foreach (var type in tools)
                    {
                        request.Extra(extra.Path, type);
                    }

                    break;
                default:
                    request.Extra(extra.Path, (string)extra.Value);
                    break;
            }
        }

        return request.Build();
    }

    /// <summary>The batch line's field a builder argument comes from, for problems the builder reports by argument name.</summary>
    private static string? WireField(string? parameter) => parameter switch
    {
        "url" => "image_urls",
        "count" => "n",
        "prompt" or "size" or "resolution" => parameter,
        "path" or "value" or "type" => "extra",
        _ => null,
    };

    private static IReadOnlyList<StagedImage> Staged(IReadOnlyList<SavedImage> saved) =>
        saved.OrderBy(s => s.Index).Select(s => new StagedImage(s.Index, s.Path, s.MediaType)).ToList();
}
