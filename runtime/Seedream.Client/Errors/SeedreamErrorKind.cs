namespace Seedream;

/// <summary>
/// What kind of failure a <see cref="SeedreamException"/> is, and so what a program can do about it: the value to
/// switch on (<see cref="SeedreamException.Kind"/>). Messages are for people and may change; kinds do not.
/// </summary>
public enum SeedreamErrorKind
{
    /// <summary>
    /// The request does not fit: the client refused it before sending (<see cref="SeedreamValidationException"/>, nothing
    /// was sent), or the API refused it as it is (HTTP 400 or another 4xx not named by a kind below, or the API's error
    /// object in a 2xx answer; <see cref="SeedreamInvalidRequestException"/>), e.g. a cancel of a task that has started.
    /// Change the request: sending it again as it is fails again.
    /// </summary>
    InvalidRequest,

    /// <summary>The API key is missing or was rejected (HTTP 401). Fix the key; retrying will not help.</summary>
    Authentication,

    /// <summary>The account's balance does not cover the task (HTTP 402). Top up, then submit again.</summary>
    InsufficientBalance,

    /// <summary>Too many requests (HTTP 429), still so after the client's retries. Wait <see cref="SeedreamException.RetryAfter"/> (when the API said), then try again.</summary>
    RateLimited,

    /// <summary>No such task, or it belongs to another API key (HTTP 404).</summary>
    NotFound,

    /// <summary>The API failed with a server error (HTTP 5xx), still so after the client's retries. Try again later.</summary>
    Server,

    /// <summary>
    /// An answer arrived but could not be used: it is not the documented JSON, it is about another task or has no status,
    /// it redirected elsewhere, or its body is larger than <see cref="SeedreamClientOptions.MaxAnswerBytes"/>; or a handler
    /// outside the client sent a create a second time. A redirect or an oversized answer repeats: check the options.
    /// </summary>
    InvalidResponse,

    /// <summary>No answer: the connection failed or broke.</summary>
    Network,

    /// <summary>One request got no complete answer within its time limit (<see cref="SeedreamClientOptions.RequestTimeout"/>), or the API answered HTTP 408.</summary>
    RequestTimeout,

    /// <summary>Waiting for a task passed its deadline (<see cref="SeedreamPollingOptions.Timeout"/>); the task may still finish: follow it by <see cref="SeedreamException.TaskId"/>.</summary>
    WaitTimeout,

    /// <summary>The task ended without images: it failed or was cancelled (<see cref="SeedreamTaskFailedException"/>). Submitting again creates and bills a new task.</summary>
    TaskFailed,

    /// <summary>Images of a completed task could not be saved (<see cref="SeedreamImageSaveException"/>, <see cref="SeedreamImagesNotSavedException"/>).</summary>
    ImageNotSaved,
}
