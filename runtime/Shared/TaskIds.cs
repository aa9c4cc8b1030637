using System;

namespace Seedream.Http;

/// <summary>
/// Which task ids can address a task. The transport puts an id into the path (<c>/v1/tasks/{id}</c>) escaped, but
/// <c>.</c> and <c>..</c> are path segments of their own: <c>GET /v1/tasks/..</c> is sent as <c>GET /v1/</c>, and a
/// cancel of <c>..</c> as <c>POST /v1/cancel</c>. Such an id, typed by a user or answered by a server, is refused.
/// </summary>
internal static class TaskIds
{
    /// <summary>Whether <paramref name="taskId"/> names a task: not empty or white space, and not a dot segment.</summary>
    /// <param name="taskId">The id, as given or answered.</param>
    public static bool IsAddressable(string? taskId) =>
        !string.IsNullOrWhiteSpace(taskId) && taskId!.Trim() is not ("." or "..");

    /// <summary>Throws when <paramref name="taskId"/> cannot address a task.</summary>
    /// <param name="taskId">The id the caller gave.</param>
    /// <param name="parameterName">The caller's parameter, named by the error.</param>
    /// <exception cref="ArgumentException"><paramref name="taskId"/> is empty, white space, <c>.</c> or <c>..</c>.</exception>
    public static void Check(string? taskId, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(taskId))
        {
            throw new ArgumentException("A task id is required.", parameterName);
        }

        if (!IsAddressable(taskId))
        {
            throw new ArgumentException($"'{taskId!.Trim()}' is not a task id: as a path segment it would address /v1/ instead of a task.", parameterName);
        }
    }
}
