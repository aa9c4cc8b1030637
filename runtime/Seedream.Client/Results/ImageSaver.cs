using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Seedream.IO;
using Seedream.Logging;
using Seedream.Telemetry;

namespace Seedream.Results;

/// <summary>
/// Saves one result image as <c>&lt;directory&gt;/&lt;task id&gt;-&lt;index&gt;.&lt;extension&gt;</c>: an image the API reported
/// as failed or that carries no data is refused; Base64 data is decoded, a link downloaded (<see cref="ImageDownloader"/>);
/// the extension is what the bytes are; the file is committed through <see cref="AtomicFileWriter"/>, replacing an older
/// file of that name only once the new one is complete. Every failure is a <see cref="SeedreamImageSaveException"/>,
/// logged and traced.
/// </summary>
internal sealed class ImageSaver
{
    private readonly ImageDownloader _downloader;
    private readonly long _maxBytes;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    /// <param name="downloader">Downloads images that come as links.</param>
    /// <param name="maxBytes">The largest image accepted (<see cref="SeedreamDownloadOptions.MaxBytes"/>).</param>
    /// <param name="logger">Where saves and failures are logged.</param>
    /// <param name="redactor">Clears the API key from what the server sent before it is shown or logged.</param>
    public ImageSaver(ImageDownloader downloader, long maxBytes, ILogger logger, SecretRedactor redactor)
    {
        _downloader = downloader;
        _maxBytes = maxBytes;
        _logger = logger;
        _redactor = redactor;
    }

    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or white space.</exception>
    public static void CheckDirectory(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("A directory to save the images in is required.", nameof(directory));
        }
    }

    /// <summary>Saves <paramref name="image"/> into <paramref name="directory"/> (created when missing), drawing on <paramref name="budget"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or white space.</exception>
    /// <exception cref="SeedreamImageSaveException">The image was not saved; no file of it is left.</exception>
    public Task<SeedreamSavedImage> SaveAsync(SeedreamImage image, string directory, ByteBudget budget, CancellationToken cancellationToken)
    {
        CheckDirectory(directory);
        return SaveLoggedAsync(image, directory, budget, cancellationToken);
    }

    private async Task<SeedreamSavedImage> SaveLoggedAsync(SeedreamImage image, string directory, ByteBudget budget, CancellationToken cancellationToken)
    {
        using var activity = SeedreamActivities.StartImageSave(image.TaskId, image.Index, _redactor);
        try
        {
            PrepareDirectory(image, directory);
            var saved = await SaveCoreAsync(image, directory, budget, cancellationToken).ConfigureAwait(false);
            SeedreamLog.ImageSaved(_logger, image.Index, _redactor.Redact(image.TaskId)!, saved.Path, saved.Length);
            SeedreamActivities.Saved(activity, saved);
            return saved;
        }
        catch (Exception exception) when (exception is not SeedreamImageSaveException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Whatever a handler or the file system throws, the set goes on and this image is reported. Reads of the body
            // are wrapped where they happen, so an I/O error here is the file's (a full disk flushing the last bytes).
            var failure = exception is IOException or UnauthorizedAccessException
                ? Fail(image, SeedreamImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, exception)
                : Fail(image, SeedreamImageSaveFailureReason.NetworkError, $"the download failed ({exception.GetType().Name}).", exception);
            SeedreamActivities.Failed(activity, failure);
            SeedreamLog.ImageNotSaved(_logger, image.Index, _redactor.Redact(image.TaskId)!, failure.Message);
            throw failure;
        }
        catch (SeedreamImageSaveException failure)
        {
            SeedreamActivities.Failed(activity, failure);
            SeedreamLog.ImageNotSaved(_logger, image.Index, _redactor.Redact(image.TaskId)!, failure.Message);
            throw;
        }
    }

    /// <summary>Creates the folder and sweeps the temporary files a killed process left in it.</summary>
    private void PrepareDirectory(SeedreamImage image, string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException || exception is ArgumentException)
        {
            throw Fail(image, SeedreamImageSaveFailureReason.WriteFailed, $"the folder could not be created ({exception.GetType().Name}: {exception.Message}).", exception);
        }

        AtomicFileWriter.SweepLeftovers(directory, DateTime.UtcNow);
    }

    private async Task<SeedreamSavedImage> SaveCoreAsync(SeedreamImage image, string directory, ByteBudget budget, CancellationToken cancellationToken)
    {
        if (image.Error is SeedreamTaskError error)
        {
            throw Fail(image, SeedreamImageSaveFailureReason.ImageFailed, $"the API reported an error for this image ({_redactor.Redact(error.ToString())}).");
        }

        var stem = ImageFileName.Stem(_redactor.Redact(image.TaskId)!, image.Index);
        if (!string.IsNullOrEmpty(image.Base64Data))
        {
            return await SaveBase64Async(image, directory, stem, budget, cancellationToken).ConfigureAwait(false);
        }

        if (image.Url is null)
        {
            throw Fail(image, SeedreamImageSaveFailureReason.NoData, "the API sent neither a link nor Base64 data for this image.");
        }

        var (file, extension, mediaType) = await _downloader.DownloadAsync(image, directory, stem, budget, cancellationToken).ConfigureAwait(false);
        using (file)
        {
            return Commit(image, file, Path.Combine(directory, stem + "." + extension), mediaType);
        }
    }

    private async Task<SeedreamSavedImage> SaveBase64Async(SeedreamImage image, string directory, string stem, ByteBudget budget, CancellationToken cancellationToken)
    {
        byte[] data;
        try
        {
            data = Base64Image.Decode(image.Base64Data!);
        }
        catch (FormatException exception)
        {
            throw Fail(image, SeedreamImageSaveFailureReason.InvalidData, "the Base64 data could not be decoded: " + exception.Message, exception);
        }

        if (data.Length == 0)
        {
            throw Fail(image, SeedreamImageSaveFailureReason.InvalidData, "the Base64 data is empty.");
        }

        if (data.Length > _maxBytes)
        {
            throw Fail(image, SeedreamImageSaveFailureReason.TooLarge, $"the image is {data.Length} bytes, over the limit of {_maxBytes} (SeedreamDownloadOptions.MaxBytes).");
        }

        if (!budget.TryTake(data.Length))
        {
            throw ImageSaveFailures.OverBudget(image, budget, _redactor);
        }

        var type = ImageFileType.Sniff(data, Math.Min(data.Length, ImageFileType.HeaderLength))
            ?? throw Fail(image, SeedreamImageSaveFailureReason.InvalidData, "the Base64 data decodes to bytes that are not a known image (PNG, JPEG, WebP, GIF, BMP, TIFF, AVIF).");
        try
        {
            using (var file = AtomicFileWriter.Create(directory, stem))
            {
                await file.WriteAsync(data, 0, data.Length, cancellationToken).ConfigureAwait(false);
                return Commit(image, file, Path.Combine(directory, stem + "." + type.Extension), type.MediaType);
            }
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            throw Fail(image, SeedreamImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, exception);
        }
    }

    private SeedreamSavedImage Commit(SeedreamImage image, AtomicFileWriter file, string path, string mediaType)
    {
        try
        {
            file.Commit(path, replaceExisting: true);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            throw Fail(image, SeedreamImageSaveFailureReason.WriteFailed, "the file could not be written: " + exception.Message, exception);
        }

        return new SeedreamSavedImage(image.TaskId, image.Index, path, mediaType, file.Length);
    }

    private SeedreamImageSaveException Fail(SeedreamImage image, SeedreamImageSaveFailureReason reason, string detail, Exception? cause = null) =>
        ImageSaveFailures.Of(image, reason, detail, _redactor, cause: cause);
}
