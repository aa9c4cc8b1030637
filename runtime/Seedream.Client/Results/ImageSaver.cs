using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Seedream.Http;
using Seedream.Logging;
using Seedream.Telemetry;

namespace Seedream.Results;

/// <summary>
/// Downloads or decodes result images and writes them atomically: size cap, time limit per attempt,
/// retries on transient failures, expired links refused before any request, links kept out of messages.
/// </summary>
internal sealed class ImageSaver
{
    private const int BufferSize = 81920;

    /// <summary>The byte budget of the task whose images <see cref="SaveAllAsync"/> is saving in this async flow.</summary>
    private static readonly AsyncLocal<ByteBudget?> TaskBudget = new AsyncLocal<ByteBudget?>();

    private readonly Func<HttpClient> _http;
    private readonly SeedreamDownloadOptions _options;
    private readonly RetryEngine _retries;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ImageSaver(Func<HttpClient> http, SeedreamDownloadOptions options, RetryEngine retries, TimeProvider time, ILogger logger, SecretRedactor redactor)
    {
        Redactor = redactor;
        _http = http;
        _options = options;
        _retries = retries;
        _time = time;
        _logger = logger;
    }

    /// <summary>Removes the API key from text the server sent (an image's error) before it is shown or logged.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>
    /// Saves every image through <paramref name="save"/> (the client's <see cref="SeedreamClient.SaveImageAsync"/>, which a
    /// test may override), at most <see cref="SeedreamDownloadOptions.MaxConcurrency"/> at once; gathers every failure.
    /// A task listing more than <see cref="SeedreamDownloadOptions.MaxImagesPerTask"/> images saves none; the saves share
    /// one <see cref="SeedreamDownloadOptions.MaxBytesPerTask"/> budget.
    /// </summary>
    public static async Task<IReadOnlyList<SavedImage>> SaveAllAsync(
        string taskId,
        IReadOnlyList<SeedreamImage> images,
        string directory,
        SeedreamDownloadOptions limits,
        SecretRedactor redactor,
        Func<SeedreamImage, string, CancellationToken, Task<SavedImage>> save,
        CancellationToken cancellationToken)
    {
        CheckDirectory(directory);
        var shown = redactor.Redact(taskId)!;
        if (images.Count > limits.MaxImagesPerTask)
        {
            var tooMany = new SeedreamImageSaveException(
                $"Task {shown} lists {images.Count} images, over the limit of {limits.MaxImagesPerTask} (SeedreamDownloadOptions.MaxImagesPerTask); none were saved.",
                shown,
                SeedreamImageSaveException.WholeSet,
                ImageSaveFailureReason.LimitExceeded);
            throw new SeedreamImagesNotSavedException(shown, Array.Empty<SavedImage>(), new[] { tooMany });
        }

        // The saves below run in this async flow, so SaveAsync finds the task's shared budget here.
        TaskBudget.Value = new ByteBudget(limits.MaxBytesPerTask);
        var saved = new SavedImage?[images.Count];
        var failures = new SeedreamImageSaveException?[images.Count];
        using (var gate = new SemaphoreSlim(limits.MaxConcurrency))
        {
            var work = images.Select(async (image, i) =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    saved[i] = await save(image, directory, cancellationToken).ConfigureAwait(false);
                }
                catch (SeedreamImageSaveException failure)
                {
                    failures[i] = failure;
                }
                finally
                {
                    gate.Release();
                }
            });
            await Task.WhenAll(work).ConfigureAwait(false);
        }

        var savedList = saved.Where(s => s is not null).Select(s => s!).ToList();
        var failureList = failures.Where(f => f is not null).Select(f => f!).ToList();
        if (failureList.Count > 0)
        {
            throw new SeedreamImagesNotSavedException(shown, savedList, failureList);
        }

        return savedList;
    }

    /// <summary>Saves one image; within <see cref="SaveAllAsync"/> it draws on the task's shared byte budget, else on its own.</summary>
    public Task<SavedImage> SaveAsync(SeedreamImage image, string directory, CancellationToken cancellationToken)
    {
        CheckDirectory(directory);
        return SaveLoggedAsync(image, directory, PrepareDirectory(directory), TaskBudget.Value ?? new ByteBudget(_options.MaxBytesPerTask), cancellationToken);
    }

    private async Task<SavedImage> SaveLoggedAsync(SeedreamImage image, string directory, Exception? folderProblem, ByteBudget budget, CancellationToken cancellationToken)
    {
        using var activity = SeedreamActivities.StartImageSave(image.TaskId, image.Index, Redactor);
        try
        {
            if (folderProblem is not null)
            {
                throw Fail(image, ImageSaveFailureReason.WriteFailed, $"the folder could not be created ({folderProblem.GetType().Name}: {folderProblem.Message}).", innerException: folderProblem);
            }

            var saved = await SaveCoreAsync(image, directory, budget, cancellationToken).ConfigureAwait(false);
            SeedreamLog.ImageSaved(_logger, image.Index, Redactor.Redact(image.TaskId)!, saved.Path, saved.Length);
            SeedreamActivities.Saved(activity, saved);
            return saved;
        }
        catch (Exception exception) when (exception is not SeedreamImageSaveException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Whatever a handler or the file system throws, the set goes on and this image is reported. Reads of the body
            // are wrapped where they happen, so an I/O error here is the file's (a full disk flushing the last bytes).
            var failure = exception is IOException or UnauthorizedAccessException
                ? Fail(image, ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, innerException: exception)
                : Fail(image, ImageSaveFailureReason.NetworkError, $"the download failed ({exception.GetType().Name}).", innerException: exception);
            SeedreamActivities.Failed(activity, failure);
            SeedreamLog.ImageNotSaved(_logger, image.Index, Redactor.Redact(image.TaskId)!, failure.Message);
            throw failure;
        }
        catch (SeedreamImageSaveException failure)
        {
            SeedreamActivities.Failed(activity, failure);
            SeedreamLog.ImageNotSaved(_logger, image.Index, Redactor.Redact(image.TaskId)!, failure.Message);
            throw;
        }
    }

    /// <summary>Creates the folder and sweeps this client's stale temporary files from it; the problem when it cannot be created.</summary>
    private static Exception? PrepareDirectory(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException || exception is ArgumentException)
        {
            return exception;
        }

        AtomicFile.SweepLeftovers(directory, DateTime.UtcNow);
        return null;
    }

    private async Task<SavedImage> SaveCoreAsync(SeedreamImage image, string directory, ByteBudget budget, CancellationToken cancellationToken)
    {
        if (image.Error is SeedreamTaskError error)
        {
            throw Fail(image, ImageSaveFailureReason.ImageFailed, $"the API reported an error for this image ({Redactor.Redact(error.ToString())}).");
        }

        if (!string.IsNullOrEmpty(image.Base64Data))
        {
            return await SaveBase64Async(image, directory, budget, cancellationToken).ConfigureAwait(false);
        }

        if (image.Url is null)
        {
            throw Fail(image, ImageSaveFailureReason.NoData, "the API sent neither a link nor Base64 data for this image.");
        }

        if (image.Url.Scheme != Uri.UriSchemeHttps && image.Url.Scheme != Uri.UriSchemeHttp)
        {
            throw Fail(image, ImageSaveFailureReason.UnsupportedScheme, $"the link uses '{image.Url.Scheme}'; only http and https links are downloaded.");
        }

        var now = _time.GetUtcNow();
        if (image.ExpiresAt is DateTimeOffset expires && expires <= now)
        {
            throw Fail(image, ImageSaveFailureReason.LinkExpired, $"the link expired at {expires:u} ({Describe(now - expires)} ago). Links are valid for a limited time (24 hours per the provider): save images promptly after the task completes.");
        }

        return await DownloadWithRetriesAsync(image, directory, budget, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SavedImage> SaveBase64Async(SeedreamImage image, string directory, ByteBudget budget, CancellationToken cancellationToken)
    {
        byte[] data;
        try
        {
            data = Base64Image.Decode(image.Base64Data!);
        }
        catch (FormatException exception)
        {
            throw Fail(image, ImageSaveFailureReason.InvalidData, "the Base64 data could not be decoded: " + exception.Message, innerException: exception);
        }

        if (data.Length == 0)
        {
            throw Fail(image, ImageSaveFailureReason.InvalidData, "the Base64 data is empty.");
        }

        if (data.Length > _options.MaxBytes)
        {
            throw Fail(image, ImageSaveFailureReason.TooLarge, $"the image is {data.Length} bytes, over the limit of {_options.MaxBytes} (SeedreamDownloadOptions.MaxBytes).");
        }

        if (!budget.TryTake(data.Length))
        {
            throw OverBudget(image);
        }

        var type = ImageFileType.Sniff(data, Math.Min(data.Length, ImageFileType.HeaderLength))
            ?? throw Fail(image, ImageSaveFailureReason.InvalidData, "the Base64 data decodes to bytes that are not a known image (PNG, JPEG, WebP, GIF, BMP, TIFF, AVIF).");
        var stem = AtomicFile.Stem(Redactor.Redact(image.TaskId)!, image.Index);
        var temporary = AtomicFile.TemporaryPath(directory, stem);
        var committed = false;
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await file.WriteAsync(data, 0, data.Length, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var path = Path.Combine(directory, stem + "." + type.Item1);
            AtomicFile.Commit(temporary, path);
            committed = true;
            return new SavedImage(image.TaskId, image.Index, path, type.Item2, data.Length);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            throw Fail(image, ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, innerException: exception);
        }
        finally
        {
            if (!committed)
            {
                AtomicFile.Discard(temporary);
            }
        }
    }

    private Task<SavedImage> DownloadWithRetriesAsync(SeedreamImage image, string directory, ByteBudget budget, CancellationToken cancellationToken) =>
        _retries.RunAsync(new DownloadRules(this, image), ct => DownloadOnceAsync(image, image.Url!, directory, budget, ct), cancellationToken);

    private async Task<SavedImage> DownloadOnceAsync(SeedreamImage image, Uri url, string directory, ByteBudget budget, CancellationToken cancellationToken)
    {
        using (var request = new HttpRequestMessage(HttpMethod.Get, url))
        using (var response = await _http().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                if ((status == 401 || status == 403) && image.ExpiresAt is DateTimeOffset validUntil && validUntil > _time.GetUtcNow())
                {
                    throw new RetryableFailure(
                        Fail(image, ImageSaveFailureReason.Refused, $"the download server refused the link (HTTP {status}) although it is valid until {validUntil:u}.", status),
                        RetryAfter.From(response, _time.GetUtcNow()));
                }

                if (status == 401 || status == 403 || status == 410)
                {
                    throw Fail(image, ImageSaveFailureReason.LinkExpired, $"the download server refused the link (HTTP {status}); it has most likely expired. Links are valid for a limited time: save images promptly.", status);
                }

                if (status >= 300 && status < 400)
                {
                    throw Fail(image, ImageSaveFailureReason.HttpError, $"the download server answered a redirect (HTTP {status}) that was not followed (to {UrlRedaction.HostOnly(response.Headers.Location)}; only http and https redirects are).", status);
                }

                var error = Fail(image, ImageSaveFailureReason.HttpError, $"the download server answered HTTP {status}.", status);
                if (status == 408 || status == 429 || status >= 500)
                {
                    throw new RetryableFailure(error, RetryAfter.From(response, _time.GetUtcNow()));
                }

                throw error;
            }

            var declaredLength = response.Content.Headers.ContentLength;
            if (declaredLength > _options.MaxBytes)
            {
                throw Fail(image, ImageSaveFailureReason.TooLarge, $"the image is {declaredLength} bytes, over the limit of {_options.MaxBytes} (SeedreamDownloadOptions.MaxBytes).", status);
            }

            var stem = AtomicFile.Stem(Redactor.Redact(image.TaskId)!, image.Index);
            var temporary = AtomicFile.TemporaryPath(directory, stem);
            var committed = false;
            try
            {
                var header = new byte[ImageFileType.HeaderLength];
                var (length, headerLength) = await CopyCappedAsync(image, response, temporary, header, budget, cancellationToken).ConfigureAwait(false);
                if (length == 0)
                {
                    throw Fail(image, ImageSaveFailureReason.InvalidData, $"the download server answered HTTP {status} with an empty body instead of an image.", status);
                }

                var type = ImageFileType.Sniff(header, headerLength)
                    ?? throw Fail(image, ImageSaveFailureReason.InvalidData, $"the download server answered HTTP {status} with {length} bytes that are not a known image (an error page, or a compressed or other file), whatever its content type said ({response.Content.Headers.ContentType?.MediaType ?? "none"}).", status);
                var path = Path.Combine(directory, stem + "." + type.Extension);
                try
                {
                    AtomicFile.Commit(temporary, path);
                }
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
                {
                    throw Fail(image, ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, innerException: exception);
                }

                committed = true;
                return new SavedImage(image.TaskId, image.Index, path, type.MediaType, length);
            }
            finally
            {
                if (!committed)
                {
                    AtomicFile.Discard(temporary);
                }
            }
        }
    }

    private async Task<(long Length, int HeaderLength)> CopyCappedAsync(SeedreamImage image, HttpResponseMessage response, string temporary, byte[] header, ByteBudget budget, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        long total = 0;
        var headerLength = 0;
        FileStream file;
        try
        {
            file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            throw Fail(image, ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, innerException: exception);
        }

        using (file)
        using (var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
        {
            while (true)
            {
                int read;
                try
                {
                    read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    throw new RetryableFailure(Fail(image, ImageSaveFailureReason.NetworkError, $"the connection broke during the download ({exception.GetType().Name}).", innerException: exception), null);
                }

                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > _options.MaxBytes)
                {
                    throw Fail(image, ImageSaveFailureReason.TooLarge, $"the image is over the limit of {_options.MaxBytes} bytes (SeedreamDownloadOptions.MaxBytes); the download was stopped.");
                }

                if (!budget.TryTake(read))
                {
                    throw OverBudget(image);
                }

                if (headerLength < header.Length)
                {
                    var take = Math.Min(read, header.Length - headerLength);
                    Array.Copy(buffer, 0, header, headerLength, take);
                    headerLength += take;
                }

                try
                {
                    await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    throw Fail(image, ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, innerException: exception);
                }
            }

            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return (total, headerLength);
    }

    private static void CheckDirectory(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("A directory to save the images in is required.", nameof(directory));
        }
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0} s";

    private SeedreamImageSaveException OverBudget(SeedreamImage image) =>
        Fail(image, ImageSaveFailureReason.LimitExceeded, $"the task's images together exceed {_options.MaxBytesPerTask} bytes (SeedreamDownloadOptions.MaxBytesPerTask).");

    private SeedreamImageSaveException Fail(SeedreamImage image, ImageSaveFailureReason reason, string detail, int? status = null, Exception? innerException = null)
    {
        var taskId = Redactor.Redact(image.TaskId)!;
        return new SeedreamImageSaveException($"Image {image.Index} of task {taskId} was not saved: {Redactor.Redact(detail)}", taskId, image.Index, reason, status, Redactor.Guard(innerException));
    }

    /// <summary>The bytes one task may still write, shared by its concurrent downloads.</summary>
    private sealed class ByteBudget
    {
        private long _left;

        public ByteBudget(long total)
        {
            _left = total;
        }

        public bool TryTake(long bytes) => Interlocked.Add(ref _left, -bytes) >= 0;
    }

    /// <summary>One image's download rules: its attempts, and which failures are worth another.</summary>
    private sealed class DownloadRules : RetryRules<DownloadFailure>
    {
        private readonly ImageSaver _saver;
        private readonly SeedreamImage _image;

        public DownloadRules(ImageSaver saver, SeedreamImage image)
            : base(saver._options.MaxAttempts, saver._options.Timeout)
        {
            _saver = saver;
            _image = image;
        }

        public override DownloadFailure? Classify(Exception exception, CancellationToken cancellationToken) =>
            exception switch
            {
                RetryableFailure failure => new DownloadFailure(failure.Error, failure.RetryAfter),
                OperationCanceledException timedOut when !cancellationToken.IsCancellationRequested => new DownloadFailure(
                    _saver.Fail(_image, ImageSaveFailureReason.Timeout, $"the download did not finish within {AttemptTimeout.TotalSeconds:0.#} s (SeedreamDownloadOptions.Timeout).", innerException: timedOut),
                    null),
                HttpRequestException network => new DownloadFailure(
                    _saver.Fail(_image, ImageSaveFailureReason.NetworkError, $"the connection to {_image.Url!.Host} failed ({network.GetType().Name}).", innerException: network),
                    null),
                _ => null,
            };

        public override void Retrying(DownloadFailure verdict, int attempt, TimeSpan delay)
        {
            var reason = verdict.Reason;
            SeedreamLog.DownloadRetrying(_saver._logger, _image.Index, _saver.Redactor.Redact(_image.TaskId)!, _saver.Redactor.Redact(UrlRedaction.HostOnly(_image.Url))!, reason.ToString(), attempt, MaxAttempts, (long)delay.TotalMilliseconds);
            SeedreamMetrics.Retry("download", TelemetryReasons.Of(reason));
        }
    }

    /// <summary>A download failure worth another attempt, classified.</summary>
    private sealed class DownloadFailure : RetryVerdict
    {
        public DownloadFailure(SeedreamImageSaveException error, TimeSpan? retryAfter)
            : base(error, retryable: true, retryAfter)
        {
            Reason = error.Reason;
        }

        public ImageSaveFailureReason Reason { get; }
    }

    /// <summary>A failure worth another attempt; carries the error to raise when attempts run out.</summary>
    private sealed class RetryableFailure : Exception
    {
        public RetryableFailure(SeedreamImageSaveException error, TimeSpan? retryAfter)
            : base(error.Message, error)
        {
            Error = error;
            RetryAfter = retryAfter;
        }

        public SeedreamImageSaveException Error { get; }

        public TimeSpan? RetryAfter { get; }
    }
}
