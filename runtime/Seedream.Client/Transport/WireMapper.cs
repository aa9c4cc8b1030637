using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Seedream.Logging;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Transport;

/// <summary>
/// The one place the wire (NSwag's DTOs, Newtonsoft's tokens) meets the public model: requests go out as
/// <see cref="CreateTaskRequest"/>, tasks and cancel answers come back as <see cref="Seedream.SeedreamTask"/> and
/// <see cref="SeedreamCancelResult"/>. Text the server sent is cleared of the API key on the way in.
/// </summary>
internal static class WireMapper
{
    private const string GenerateAction = "generate";

    /// <summary>The create-task body for <paramref name="request"/>; extras become nested objects and tool arrays.</summary>
    /// <param name="request">The checked request.</param>
    public static CreateTaskRequest ToWire(SeedreamRequest request) => new CreateTaskRequest
    {
        Model = request.Model,
        Action = GenerateAction,
        Prompt = request.Prompt,
        Size = request.Size,
        Resolution = request.Resolution,
        Image_urls = request.ReferenceImages.Count == 0 ? null : request.ReferenceImages.ToList(),
        N = request.ImageCount,
        Watermark = request.Watermark,
        Callback_url = request.CallbackUrl,
        Callback_events = request.CallbackEvents.Count == 0 ? null : request.CallbackEvents.ToList(),
        Extra = request.Extras.Count == 0 ? null : ToJson(request.Extras),
    };

    /// <summary>The public task for a wire task.</summary>
    /// <param name="task">The task as read.</param>
    /// <param name="redactor">Clears the API key from text the server sent.</param>
    /// <param name="requestedId">The id the task was asked for by, which wins over whatever id the answer carries.</param>
    public static Seedream.SeedreamTask ToTask(WireTask task, SecretRedactor redactor, string? requestedId = null)
    {
        var id = requestedId ?? task.Task_id ?? string.Empty;
        var images = (task.Result?.Images ?? new List<TaskImage>())
            .Select((image, index) => ToImage(id, index, image ?? new TaskImage(), redactor))
            .ToList();
        return new Seedream.SeedreamTask(
            id,
            new SeedreamTaskStatus(redactor.Redact(task.Status)),
            task.Model,
            task.Progress,
            task.CreatedAt,
            task.CompletedAt,
            images,
            ToError(task.Error, redactor));
    }

    /// <summary>The public cancel result for a wire cancel answer.</summary>
    /// <param name="answer">The answer as read.</param>
    /// <param name="taskId">The task that was cancelled, used when the answer names none.</param>
    public static SeedreamCancelResult ToCancelResult(CancelTaskResponse answer, string taskId) =>
        new SeedreamCancelResult(answer.Task_id ?? taskId, new SeedreamTaskStatus(answer.Status ?? SeedreamTaskStatus.Cancelled.Value), answer.Refunded, answer.Refunded_quota);

    private static SeedreamImage ToImage(string taskId, int index, TaskImage image, SecretRedactor redactor)
    {
        var url = image.Url?.Select(u => Uri.TryCreate(u, UriKind.Absolute, out var parsed) ? parsed : null).FirstOrDefault(u => u is not null);
        return new SeedreamImage(taskId, index, url, image.B64_json, image.ExpiresAt, image.Size, ToError(image.Error, redactor));
    }

    private static SeedreamTaskError? ToError(TaskError? error, SecretRedactor redactor) =>
        error is null ? null : new SeedreamTaskError(redactor.Redact(error.Code), redactor.Redact(error.Message));

    /// <summary>The extras as one JSON object: dotted paths become nested objects, tools an array of <c>{"type": …}</c>.</summary>
    /// <param name="extras">The request's extras.</param>
    internal static JObject ToJson(IReadOnlyDictionary<string, object> extras)
    {
        var root = new JObject();
        foreach (var extra in extras)
        {
            var keys = extra.Key.Split('.');
            var parent = root;
            for (var i = 0; i < keys.Length - 1; i++)
            {
                if (parent[keys[i]] is not JObject child)
                {
                    child = new JObject();
                    parent[keys[i]] = child;
                }

                parent = child;
            }

            parent[keys[keys.Length - 1]] = ToToken(extra.Value);
        }

        return root;
    }

    private static JToken ToToken(object value) => value switch
    {
        IReadOnlyList<string> tools => new JArray(tools.Select(type => new JObject { ["type"] = type })),
        _ => new JValue(value),
    };
}
