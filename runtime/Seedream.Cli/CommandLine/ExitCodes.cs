namespace Seedream.Cli;

/// <summary>The process exit codes of the <c>seedream</c> command; <see cref="Help"/> lists them for <c>--help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked: images saved, status shown, task cancelled.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected broke inside the CLI (a bug: please report it with the message).</summary>
    public const int Unexpected = 1;

    /// <summary>Bad input, found before anything is sent: an option value of the wrong form, an unknown option or command, an --out that cannot be a folder, a request the model does not accept, or a bad SEEDREAM_BASE_URL.</summary>
    public const int BadInput = 2;

    /// <summary>The API refused or failed: bad key, no balance, rate limited, unknown task, task not cancellable, server or network error.</summary>
    public const int ApiError = 3;

    /// <summary>Time ran out: the task did not finish within <c>--timeout</c>, or a request got no answer in time.</summary>
    public const int Timeout = 4;

    /// <summary>The task ended without all its images: it failed, it was cancelled elsewhere, or some images could not be saved.</summary>
    public const int TaskFailed = 5;

    /// <summary>Interrupted with Ctrl+C (SIGINT) or SIGTERM; the conventional 128 + SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>The exit codes in one short sentence, for the help of the commands that wait for a task.</summary>
    public const string ShortHelp = "Exit codes: 0 done, 2 bad input, 3 API error, 4 timeout, 5 task failed or images not saved, 130 Ctrl+C.";

    /// <summary>The exit codes as the root command's help shows them.</summary>
    public const string Help =
        "Exit codes: 0 success; 2 bad input (an option value of the wrong form, an unknown option or command, or a request the model does not accept: nothing was sent); " +
        "3 API error (key, balance, rate limit, unknown task, server, network); 4 timeout; " +
        "5 the task failed or some images were not saved; 130 cancelled with Ctrl+C; 1 unexpected error.";
}
