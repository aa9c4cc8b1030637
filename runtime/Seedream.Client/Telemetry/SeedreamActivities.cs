using System;
using System.Diagnostics;
using Newtonsoft.Json;
using Seedream.Logging;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Telemetry;

/// <summary>
/// The client's <see cref="ActivitySource"/> (<see cref="SeedreamTelemetry.ActivitySourceName"/>): one activity per
/// submit, status, cancel, wait and image save, with <c>gen_ai.*</c> and <c>seedream.*</c> tags. Every text
/// the server sent passes through the client's <see cref="SecretRedactor"/> before it becomes a tag.
/// </summary>
internal static class SeedreamActivities
{
    /// <summary>The value of <c>gen_ai.operation.name</c> on the submit: image generation is multimodal content generation.</summary>
    public const string GenerateContent = "generate_content";

    private static readonly ActivitySource Source = new ActivitySource(SeedreamTelemetry.ActivitySourceName, typeof(SeedreamActivities).Assembly.GetName().Version?.ToString());

    /// <summary>Starts the activity of a submit, named <c>generate_content {model}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="recordPrompt">Whether the prompt goes into <c>gen_ai.input.messages</c>.</param>
    public static Activity? StartSubmit(CreateTaskRequest request, bool recordPrompt)
    {
        // The name is made only when someone listens: a call nobody traces allocates nothing here.
        var activity = Source.HasListeners() ? Source.StartActivity(GenerateContent + " " + request.Model, ActivityKind.Client) : null;
        if (activity is null)
        {
            return null;
        }

        activity.SetTag(TelemetryTags.OperationName, GenerateContent);
        activity.SetTag(TelemetryTags.ProviderName, TelemetryTags.Provider);
        activity.SetTag(TelemetryTags.RequestModel, request.Model);
        activity.SetTag(TelemetryTags.OutputType, "image");
        if (request.N is int count)
        {
            activity.SetTag(TelemetryTags.ChoiceCount, count);
        }

        if (recordPrompt)
        {
            activity.SetTag(TelemetryTags.InputMessages, "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":" + JsonConvert.ToString(request.Prompt) + "}]}]");
        }

        return activity;
    }

    /// <summary>Starts the activity of an operation on one task: <c>seedream get_task</c>, <c>seedream cancel_task</c>, <c>seedream wait</c> or <c>seedream save_image</c>.</summary>
    /// <param name="operation">get_task, cancel_task, wait or save_image.</param>
    /// <param name="taskId">The task id (as the caller gave it).</param>
    /// <param name="kind">Client for a single request, internal for a wait or a save.</param>
    /// <param name="redactor">Takes the API key out of the id, should a server have echoed it into one.</param>
    public static Activity? StartTaskOperation(string operation, string taskId, ActivityKind kind, SecretRedactor redactor)
    {
        var activity = Source.HasListeners() ? Source.StartActivity("seedream " + operation, kind) : null;
        activity?.SetTag(TelemetryTags.ProviderName, TelemetryTags.Provider);
        activity?.SetTag(TelemetryTags.TaskId, redactor.Redact(taskId));
        return activity;
    }

    /// <summary>Starts the activity of one image's save, <c>seedream save_image</c>.</summary>
    public static Activity? StartImageSave(string taskId, int index, SecretRedactor redactor)
    {
        var activity = StartTaskOperation("save_image", taskId, ActivityKind.Internal, redactor);
        activity?.SetTag(TelemetryTags.ImageIndex, index);
        return activity;
    }

    /// <summary>Tags a save's activity with the saved image's media type and size, and counts the image and its bytes (<see cref="SeedreamMetrics.ImageSaved"/>).</summary>
    public static void Saved(Activity? activity, SavedImage saved)
    {
        SeedreamMetrics.ImageSaved(saved.MediaType, saved.Length);
        activity?.SetTag(TelemetryTags.MediaType, saved.MediaType);
        activity?.SetTag(TelemetryTags.ImageSize, saved.Length);
    }

    /// <summary>Tags an activity, when there is one, with a task's id, model, status and progress as the API answered them.</summary>
    public static void Answered(Activity? activity, WireTask task, SecretRedactor redactor)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(TelemetryTags.TaskId, redactor.Redact(task.Task_id));
        activity.SetTag(TelemetryTags.TaskStatus, redactor.Redact(task.Status));
        activity.SetTag(TelemetryTags.TaskProgress, task.Progress);
        if (task.Model is not null)
        {
            activity.SetTag(TelemetryTags.RequestModel, redactor.Redact(task.Model));
        }
    }

    /// <summary>Tags a submit's activity, when there is one, with the task it created (<c>gen_ai.response.id</c>) and its first status.</summary>
    public static void Submitted(Activity? activity, WireTask task, SecretRedactor redactor)
    {
        Answered(activity, task, redactor);
        activity?.SetTag(TelemetryTags.ResponseId, redactor.Redact(task.Task_id));
    }

    /// <summary>Marks an activity failed: status Error and <c>error.type</c> the exception's full type name (never its message, which may quote the server).</summary>
    public static void Failed(Activity? activity, Exception failure)
    {
        if (activity is null)
        {
            return;
        }

        var type = failure.GetType().FullName;
        activity.SetTag(TelemetryTags.ErrorType, type);
        activity.SetStatus(ActivityStatusCode.Error, type);
    }
}
