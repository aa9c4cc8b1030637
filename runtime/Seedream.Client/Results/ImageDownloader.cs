using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Seedream.Http;
using Seedream.IO;
using Seedream.Logging;

namespace Seedream.Results;

/// <summary>
/// Downloads one image's link into a temporary file: a link that is not http(s) or has expired is refused before any
/// request; each attempt sends one GET (through the download client, which never carries the API key), reads the status,
/// and copies the body up to <see cref="SeedreamDownloadOptions.MaxBytes"/> and the task's <see cref="ByteBudget"/>;
/// a body that is empty or not an image is refused. <see cref="DownloadRetryRules"/> decides which failures are tried again.
/// </summary>
internal sealed class ImageDownloader
{
    private const int BufferSize = 81920;

    private readonly Func<HttpClient> _http;
    private readonly SeedreamDownloadOptions _options;
    private readonly RetryEngine _retries;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public ImageDownloader(Func<HttpClient> http, SeedreamDownloadOptions options, RetryEngine retries, TimeProvider time, ILogger logger, SecretRedactor redactor)
    {
        _http = http;
        _options = options;
        _retries = retries;
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
    public Task<(AtomicFileWriter File, string Extension, string MediaType)> DownloadAsync(SeedreamImage image, string directory, string stem, ByteBudget budget, CancellationToken cancellationToken)
    {
        var url = image.Url!;
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            throw Fail(image, ImageSaveFailureReason.UnsupportedScheme, $"the link uses '{url.Scheme}'; only http and https links are downloaded.");
        }

        var now = _time.GetUtcNow();
        if (image.ExpiresAt is DateTimeOffset expires && expires <= now)
        {
            throw Fail(image, ImageSaveFailureReason.LinkExpired, $"the link expired at {expires:u} ({Describe(now - expires)} ago). Links are valid for a limited time (24 hours per the provider): save images promptly after the task completes.");
        }

        return _retries.RunAsync(new DownloadRetryRules(image, _options, _logger, _redactor), ct => AttemptAsync(image, url, directory, stem, budget, ct), cancellationToken);
    }

    private async Task<(AtomicFileWriter File, string Extension, string MediaType)> AttemptAsync(SeedreamImage image, Uri url, string directory, string stem, ByteBudget budget, CancellationToken cancellationToken)
    {
        using (var request = new HttpRequestMessage(HttpMethod.Get, url))
        using (var response = await _http().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw new ImageDownloadFailure(StatusFailure(image, response, status), RetryAfter.From(response, _time.GetUtcNow()));
            }

            var declaredLength = response.Content.Headers.ContentLength;
            if (declaredLength > _options.MaxBytes)
            {
                throw new ImageDownloadFailure(Fail(image, ImageSaveFailureReason.TooLarge, $"the image is {declaredLength} bytes, over the limit of {_options.MaxBytes} (SeedreamDownloadOptions.MaxBytes).", status));
            }

            AtomicFileWriter file;
            try
            {
                file = AtomicFileWriter.Create(directory, stem);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new ImageDownloadFailure(Fail(image, ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, cause: exception));
            }

            try
            {
                var header = await CopyCappedAsync(image, response, file, budget, cancellationToken).ConfigureAwait(false);
                if (file.Length == 0)
                {
                    throw new ImageDownloadFailure(Fail(image, ImageSaveFailureReason.InvalidData, $"the download server answered HTTP {status} with an empty body instead of an image.", status));
                }

                var type = ImageFileType.Sniff(header, (int)Math.Min(file.Length, header.Length))
                    ?? throw new ImageDownloadFailure(Fail(image, ImageSaveFailureReason.InvalidData, $"the download server answered HTTP {status} with {file.Length} bytes that are not a known image (an error page, or a compressed or other file), whatever its content type said ({response.Content.Headers.ContentType?.MediaType ?? "none"}).", status));
                return (file, type.Extension, type.MediaType);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }
    }

    /// <summary>The failure of a download answered with <paramref name="status"/> (not 2xx).</summary>
    private SeedreamImageSaveException StatusFailure(SeedreamImage image, HttpResponseMessage response, int status)
    {
        if ((status == 401 || status == 403) && image.ExpiresAt is DateTimeOffset validUntil && validUntil > _time.GetUtcNow())
        {
            return Fail(image, ImageSaveFailureReason.Refused, $"the download server refused the link (HTTP {status}) although it is valid until {validUntil:u}.", status);
        }

        if (status == 401 || status == 403 || status == 410)
        {
            return Fail(image, ImageSaveFailureReason.LinkExpired, $"the download server refused the link (HTTP {status}); it has most likely expired. Links are valid for a limited time: save images promptly.", status);
        }

        if (status >= 300 && status < 400)
        {
            return Fail(image, ImageSaveFailureReason.HttpError, $"the download server answered a redirect (HTTP {status}) that was not followed (to {UrlRedaction.HostOnly(response.Headers.Location)}; only http and https redirects are).", status);
        }

        return Fail(image, ImageSaveFailureReason.HttpError, $"the download server answered HTTP {status}.", status);
    }

    /// <summary>Copies the body into <paramref name="file"/>, stopping at the size cap and the budget.</summary>
    /// <returns>The body's first <see cref="ImageFileType.HeaderLength"/> bytes (fewer when it is shorter), to tell its type.</returns>
    private async Task<byte[]> CopyCappedAsync(SeedreamImage image, HttpResponseMessage response, AtomicFileWriter file, ByteBudget budget, CancellationToken cancellationToken)
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
                    throw new ImageDownloadFailure(Fail(image, ImageSaveFailureReason.NetworkError, $"the connection broke during the download ({exception.GetType().Name}).", cause: exception));
                }

                if (read == 0)
                {
                    return header;
                }

                if (file.Length + read > _options.MaxBytes)
                {
                    throw new ImageDownloadFailure(Fail(image, ImageSaveFailureReason.TooLarge, $"the image is over the limit of {_options.MaxBytes} bytes (SeedreamDownloadOptions.MaxBytes); the download was stopped."));
                }

                if (!budget.TryTake(read))
                {
                    throw new ImageDownloadFailure(ImageSaveFailures.OverBudget(image, budget, _redactor));
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
                    throw new ImageDownloadFailure(Fail(image, ImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, cause: exception));
                }
            }
        }
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0} s";

    private SeedreamImageSaveException Fail(SeedreamImage image, ImageSaveFailureReason reason, string detail, int? status = null, Exception? cause = null) =>
        ImageSaveFailures.Of(image, reason, detail, _redactor, status, cause);
}
