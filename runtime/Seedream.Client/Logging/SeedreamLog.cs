using Microsoft.Extensions.Logging;

namespace Seedream.Logging;

/// <summary>
/// Every log line the client writes. None carries the API key, a request header or an image link:
/// links are shown by host only, and text from elsewhere passes through <see cref="SecretRedactor"/> first.
/// </summary>
internal static partial class SeedreamLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Operation} answered in {ElapsedMs} ms")]
    public static partial void RequestCompleted(ILogger logger, string operation, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Operation} failed ({Reason}); attempt {Attempt} of {MaxAttempts}, retrying in {DelayMs} ms")]
    public static partial void RequestRetrying(ILogger logger, string operation, string reason, int attempt, int maxAttempts, long delayMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Operation} failed ({Reason}) after the request may have reached the server; it is not sent again, so no second task is created or billed")]
    public static partial void CreateNotResent(ILogger logger, string operation, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "{Operation} failed: {Reason}")]
    public static partial void RequestFailed(ILogger logger, string operation, string reason);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Task {TaskId} submitted (model {Model}, status {Status})")]
    public static partial void TaskSubmitted(ILogger logger, string taskId, string model, string? status);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Task {TaskId} is {Status} ({Progress}%)")]
    public static partial void TaskStatusChanged(ILogger logger, string taskId, string? status, int? progress);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Polling task {TaskId} failed ({Reason}); polling again in {DelayMs} ms")]
    public static partial void PollFailed(ILogger logger, string taskId, string reason, long delayMs);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Task {TaskId} was still {Status} after {TimeoutSeconds} s; stopped waiting (resume with its id)")]
    public static partial void WaitTimedOut(ILogger logger, string taskId, string? status, double timeoutSeconds);

    [LoggerMessage(EventId = 14, Level = LogLevel.Information, Message = "Task {TaskId} answered {Status} to POST /v1/tasks/sync; polling it")]
    public static partial void SyncFellBackToPolling(ILogger logger, string taskId, string? status);

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Saved image {Index} of task {TaskId} to {Path} ({Bytes} bytes)")]
    public static partial void ImageSaved(ILogger logger, int index, string taskId, string path, long bytes);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Downloading image {Index} of task {TaskId} from {Host} failed ({Reason}); attempt {Attempt} of {MaxAttempts}, retrying in {DelayMs} ms")]
    public static partial void DownloadRetrying(ILogger logger, int index, string taskId, string host, string reason, int attempt, int maxAttempts, long delayMs);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Image {Index} of task {TaskId} was not saved: {Reason}")]
    public static partial void ImageNotSaved(ILogger logger, int index, string taskId, string reason);
}
