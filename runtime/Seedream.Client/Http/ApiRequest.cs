namespace Seedream.Http;

/// <summary>The request of the task API a call sends.</summary>
internal enum ApiRequest
{
    /// <summary><c>POST /v1/tasks</c>: creates a task, so it is re-sent only when it certainly created nothing.</summary>
    Create,

    /// <summary><c>POST /v1/tasks/sync</c>: creates a task like <see cref="Create"/>, and may answer it finished.</summary>
    CreateSync,

    /// <summary><c>GET /v1/tasks/{id}</c>: reads a task; safe to send again.</summary>
    Get,

    /// <summary><c>POST /v1/tasks/{id}/cancel</c>: cancels a queued task; safe to send again (a second cancel changes nothing).</summary>
    Cancel,

    /// <summary><c>POST /images/generations</c> on an upstream host: makes (and bills) images, so it is re-sent only when it certainly made nothing.</summary>
    Generate,
}
