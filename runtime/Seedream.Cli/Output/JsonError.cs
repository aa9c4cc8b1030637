using System;

namespace Seedream.Cli.Output;

/// <summary>
/// The <c>error</c> member of the JSON document a command prints with <c>--json</c>: why the command or its task did not
/// succeed. <see cref="Kind"/> is what a program switches on: the client's error kinds (<c>invalid_request</c>,
/// <c>authentication</c>, <c>insufficient_balance</c>, <c>rate_limited</c>, <c>not_found</c>, <c>server</c>,
/// <c>invalid_response</c>, <c>network</c>, <c>request_timeout</c>, <c>wait_timeout</c>, <c>task_failed</c>, <c>image_not_saved</c>) and the
/// CLI's own (<c>invalid_input</c>, <c>interrupted</c>, <c>unexpected</c>).
/// </summary>
/// <param name="Kind">What kind of failure it is, in snake case.</param>
/// <param name="Code">The API's error code, when it gave one (the task's <c>error.code</c>, or an error answer's).</param>
/// <param name="Message">For people, and may change: what the CLI said about it on standard error (for <c>status</c> of a failed task, the task's own message).</param>
internal sealed record JsonError(string Kind, string? Code, string Message)
{
    /// <summary>The command line or the environment was refused before anything was sent (exit code 2).</summary>
    public const string InvalidInput = "invalid_input";

    /// <summary>Ctrl+C or SIGTERM stopped the command (exit code 130).</summary>
    public const string Interrupted = "interrupted";

    /// <summary>A create got no answer in time: a task may exist that no id names.</summary>
    public const string RequestTimeout = "request_timeout";

    /// <summary>The task ended without images.</summary>
    public const string TaskFailed = "task_failed";

    /// <summary>Images of a completed task were not saved.</summary>
    public const string ImageNotSaved = "image_not_saved";

    /// <summary>The kind of <paramref name="failure"/>, by what a program can do about it: a client's error by its <see cref="SeedreamException.Kind"/>.</summary>
    /// <param name="failure">An error a command ended with.</param>
    public static string KindOf(Exception failure) => failure switch
    {
        SeedreamException client => Of(client.Kind),
        CommandInputException or SeedreamOptionsException => InvalidInput,
        _ => "unexpected",
    };

    /// <summary>The document's name of a client's error kind, in snake case.</summary>
    /// <param name="kind">The error's kind.</param>
    public static string Of(SeedreamErrorKind kind) => kind switch
    {
        SeedreamErrorKind.InvalidRequest => "invalid_request",
        SeedreamErrorKind.Authentication => "authentication",
        SeedreamErrorKind.InsufficientBalance => "insufficient_balance",
        SeedreamErrorKind.RateLimited => "rate_limited",
        SeedreamErrorKind.NotFound => "not_found",
        SeedreamErrorKind.Server => "server",
        SeedreamErrorKind.InvalidResponse => "invalid_response",
        SeedreamErrorKind.Network => "network",
        SeedreamErrorKind.RequestTimeout => RequestTimeout,
        SeedreamErrorKind.WaitTimeout => "wait_timeout",
        SeedreamErrorKind.TaskFailed => TaskFailed,
        SeedreamErrorKind.ImageNotSaved => ImageNotSaved,
        _ => "unexpected",
    };
}
