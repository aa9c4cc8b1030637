using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Seedream.Failures;
using Seedream.Http;
using Seedream.IO;
using Seedream.Logging;

namespace Seedream.Results;

/// <summary>
/// Downloads one image's link into a temporary file: a link that is not http(s) or has expired is refused before any
/// request; each attempt sends one GET (through the download client, which never carries the API key), reads the status,
/// and copies the body up to <see cref="SeedreamDownloadOptions.MaxBytes"/> and the task's <see cref="ByteBudget"/>;
/// a body that is empty or not an image is refused. An attempt never throws to steer a retry: it returns its
/// <see cref="Failure"/> (<see cref="DownloadFailures"/>), and the <see cref="RetryPipeline{T}"/> that runs API calls decides
/// from it whether another attempt is made.
/// </summary>
internal sealed class ImageDownloader
{
    private const int BufferSize = 81920;

    private readonly Func<HttpClient> _http;
    private readonly SeedreamDownloadOptions _options;
    private readonly RetryPipeline<(AtomicFileWriter File, string Extension, string MediaType)> _pipeline;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public ImageDownloader(Func<HttpClient> http, SeedreamDownloadOptions options, SeedreamRetryOptions retry, TimeProvider time, Func<double> random, ILogger logger, SecretRedactor redactor)
    {
        _http = http;
        _options = options;
        _pipeline = new RetryPipeline<(AtomicFileWriter File, string Extension, string MediaType)>(retry, time, random);
        _time = time;
        _logger = logger;
        _redactor = redactor;
    }

    /// <summary>Downloads the image's link into a temporary file in <paramref name="directory"/>, to be committed by the caller.</summary>
    /// <param name="image">An image with a link.</param>
    /// <param name="directory">The folder the image is saved in (it exists).</param>
    /// <param name="stem">The image's file stem (<see cref="ImageFileName.Stem"/>).</param>
    /// <param name="budget">The bytes the task's images may still write.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The uncommitted file (the caller disposes it) and the type its bytes show.</returns>
    /// <exception cref="SeedreamImageSaveException">The link was refused or every attempt failed; no file is left.</exception>
    public async Task<(AtomicFileWriter File, string Extension, string MediaType)> DownloadAsync(SeedreamImage image, string directory, string stem, ByteBudget budget, CancellationToken cancellationToken)
    {
        var call = new DownloadCall(image, _options, _logger, _redactor);
        var outcome = Refusal(image) is { } refused
            ? Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Failed(refused)
            : await _pipeline.RunAsync(call, AttemptAsync, (Downloader: this, Call: call, Directory: directory, Stem: stem, Budget: budget), cancellationToken).ConfigureAwait(false);
        if (outcome.Failure is { } failure)
        {
            throw call.Raise(failure);
        }

        return outcome.Value;
    }

    /// <summary>Why the link is not downloaded at all (not http(s), or expired), when it is not.</summary>
    private Failure? Refusal(SeedreamImage image)
    {
        var url = image.Url!;
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            return Fail(ImageSaveFailureReason.UnsupportedScheme, $"the link uses '{url.Scheme}'; only http and https links are downloaded.");
        }

        var now = _time.GetUtcNow();
        return image.ExpiresAt is DateTimeOffset expires && expires <= now
            ? Fail(ImageSaveFailureReason.LinkExpired, $"the link expired at {expires:u} ({Describe(now - expires)} ago). Links are valid for a limited time (24 hours per the provider): save images promptly after the task completes.")
            : null;
    }

    private static async ValueTask<Attempt<(AtomicFileWriter File, string Extension, string MediaType)>> AttemptAsync(
        (ImageDownloader Downloader, DownloadCall Call, string Directory, string Stem, ByteBudget Budget) run, CancellationToken attemptToken, CancellationToken callerToken)
    {
        var downloader = run.Downloader;
        try
        {
            return await downloader.AttemptCoreAsync(run.Call.Image, run.Directory, run.Stem, run.Budget, attemptToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (DownloadFailures.Classify(exception, run.Call.Image.Url!, run.Call.AttemptTimeout, downloader._redactor, callerToken) is { } failure)
        {
            return Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Failed(failure);
        }
    }

    private async Task<Attempt<(AtomicFileWriter File, string Extension, string MediaType)>> AttemptCoreAsync(SeedreamImage image, string directory, string stem, ByteBudget budget, CancellationToken cancellationToken)
    {
        using (var request = new HttpRequestMessage(HttpMethod.Get, image.Url))
        using (var response = await _http().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                return Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Failed(StatusFailure(image, response, status));
            }

            var declaredLength = response.Content.Headers.ContentLength;
            if (declaredLength > _options.MaxBytes)
            {
                return Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Failed(Fail(ImageSaveFailureReason.TooLarge, $"the image is {declaredLength} bytes, over the limit of {_options.MaxBytes} (SeedreamDownloadOptions.MaxBytes).", status));
            }

            AtomicFileWriter file;
            try
            {
                file = AtomicFileWriter.Create(directory, stem);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                return Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Failed(Fail(ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, cause: exception));
            }

            var kept = false;
            try
            {
                var (header, failure) = await CopyCappedAsync(response, file, budget, cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    return Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Failed(failure);
                }

                if (file.Length == 0)
                {
                    return Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Failed(Fail(ImageSaveFailureReason.InvalidData, $"the download server answered HTTP {status} with an empty body instead of an image.", status));
                }

                if (ImageFileType.Sniff(header!, (int)Math.Min(file.Length, header!.Length)) is not { } type)
                {
                    return Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Failed(Fail(ImageSaveFailureReason.InvalidData, $"the download server answered HTTP {status} with {file.Length} bytes that are not a known image (an error page, or a compressed or other file), whatever its content type said ({response.Content.Headers.ContentType?.MediaType ?? "none"}).", status));
                }

                kept = true;
                return Attempt<(AtomicFileWriter File, string Extension, string MediaType)>.Succeeded((file, type.Extension, type.MediaType));
            }
            finally
            {
                if (!kept)
                {
                    file.Dispose();
                }
            }
        }
    }

    /// <summary>The failure of a download answered with <paramref name="status"/> (not 2xx).</summary>
    private Failure StatusFailure(SeedreamImage image, HttpResponseMessage response, int status)
    {
        var retryAfter = RetryAfter.From(response, _time.GetUtcNow());
        if ((status == 401 || status == 403) && image.ExpiresAt is DateTimeOffset validUntil && validUntil > _time.GetUtcNow())
        {
            return Fail(ImageSaveFailureReason.Refused, $"the download server refused the link (HTTP {status}) although it is valid until {validUntil:u}.", status, retryAfter);
        }

        if (status == 401 || status == 403 || status == 410)
        {
            return Fail(ImageSaveFailureReason.LinkExpired, $"the download server refused the link (HTTP {status}); it has most likely expired. Links are valid for a limited time: save images promptly.", status, retryAfter);
        }

        if (status >= 300 && status < 400)
        {
            return Fail(ImageSaveFailureReason.HttpError, $"the download server answered a redirect (HTTP {status}) that was not followed (to {UrlRedaction.HostOnly(response.Headers.Location)}; only http and https redirects are).", status, retryAfter);
        }

        return Fail(ImageSaveFailureReason.HttpError, $"the download server answered HTTP {status}.", status, retryAfter);
    }

    /// <summary>Copies the body into <paramref name="file"/>, stopping at the size cap and the budget.</summary>
    /// <returns>
    /// The body's first <see cref="ImageFileType.HeaderLength"/> bytes (fewer when it is shorter), to tell its type; or why
    /// the copy stopped (a broken body, the cap, the budget, a write that failed).
    /// </returns>
    private async Task<(byte[]? Header, Failure? Failure)> CopyCappedAsync(HttpResponseMessage response, AtomicFileWriter file, ByteBudget budget, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        var header = new byte[ImageFileType.HeaderLength];
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
                    return (null, Fail(ImageSaveFailureReason.NetworkError, $"the connection broke during the download ({exception.GetType().Name}).", cause: exception));
                }

                if (read == 0)
                {
                    return (header, null);
                }

                if (file.Length + read > _options.MaxBytes)
                {
                    return (null, Fail(ImageSaveFailureReason.TooLarge, $"the image is over the limit of {_options.MaxBytes} bytes (SeedreamDownloadOptions.MaxBytes); the download was stopped."));
                }

                if (!budget.TryTake(read))
                {
                    return (null, Fail(ImageSaveFailureReason.LimitExceeded, ImageSaveFailures.OverBudgetDetail(budget)));
                }

                if (file.Length < header.Length)
                {
                    Array.Copy(buffer, 0, header, file.Length, Math.Min(read, header.Length - (int)file.Length));
                }

                try
                {
                    await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    return (null, Fail(ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, cause: exception));
                }
            }
        }
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0} s";

    private Failure Fail(ImageSaveFailureReason reason, string detail, int? status = null, TimeSpan? retryAfter = null, Exception? cause = null) =>
        DownloadFailures.Of(reason, detail, _redactor, status, retryAfter, cause);
}
