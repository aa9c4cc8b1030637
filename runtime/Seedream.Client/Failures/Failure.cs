using System;

namespace Seedream.Failures;

/// <summary>
/// One failed attempt of a call or of an image's download, classified once (<see cref="FailureClassifier"/>): what happened, whether the same
/// request may be sent again, whether it may have created a task, and everything the answer said. The retry pipeline
/// (<see cref="Http.RetryPipeline{T}"/>) and the wait loop decide from it; the public exception is made from it once,
/// at the public edge (<see cref="SeedreamErrors"/>). Every text in it is already cleared of the API key.
/// </summary>
internal sealed class Failure
{
    public Failure(SeedreamErrorKind kind, string what, bool retryable, bool mayHaveCreatedTask = false, int? statusCode = null, string? taskId = null, TimeSpan? retryAfter = null, string? apiCode = null, string? apiMessage = null, Exception? cause = null, bool nothingSent = false, TimeSpan? timeout = null, ImageSaveFailureReason? imageReason = null)
    {
        Kind = kind;
        What = what;
        Retryable = retryable;
        MayHaveCreatedTask = mayHaveCreatedTask;
        StatusCode = statusCode;
        TaskId = taskId;
        RetryAfter = retryAfter;
        ApiCode = apiCode;
        ApiMessage = apiMessage;
        Cause = cause;
        NothingSent = nothingSent;
        Timeout = timeout;
        ImageReason = imageReason;
    }

    /// <summary>The kind of failure, as the public exception will carry it.</summary>
    public SeedreamErrorKind Kind { get; }

    /// <summary>What happened, as a clause for people and logs, e.g. <c>the API answered HTTP 503</c> or <c>no answer within 30 s</c>.</summary>
    public string What { get; }

    /// <summary>
    /// Whether sending the same request again may succeed and is safe: for a create, only when it certainly created
    /// nothing. A retry still depends on the attempts left and on <see cref="RetryAfter"/>.
    /// </summary>
    public bool Retryable { get; }

    /// <summary>Whether a create may have created (and billed) a task although it failed; such a create is never sent again.</summary>
    public bool MayHaveCreatedTask { get; }

    /// <summary>The answer's HTTP status code, when one arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The task the failure concerns: the one asked about, or the one a failed create's answer named.</summary>
    public string? TaskId { get; }

    /// <summary>How long the server asked to wait (<c>Retry-After</c>), when it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The API's error code, when the answer carried one.</summary>
    public string? ApiCode { get; }

    /// <summary>The API's error message, when the answer carried one.</summary>
    public string? ApiMessage { get; }

    /// <summary>What an attempt threw, when it threw (its text already guarded against the key).</summary>
    public Exception? Cause { get; }

    /// <summary>Whether the connection failed before the request left this machine (a <see cref="SeedreamErrorKind.Network"/> failure that sent nothing).</summary>
    public bool NothingSent { get; }

    /// <summary>The time limit that ran out, for a <see cref="SeedreamErrorKind.RequestTimeout"/>.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>Why an image was not saved, for a <see cref="SeedreamErrorKind.ImageNotSaved"/> failure of a download.</summary>
    public ImageSaveFailureReason? ImageReason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {What}";
}
