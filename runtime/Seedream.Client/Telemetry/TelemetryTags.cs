namespace Seedream.Telemetry;

/// <summary>The attribute names the client's activities and measurements carry.</summary>
internal static class TelemetryTags
{
    /// <summary><c>gen_ai.operation.name</c>: <c>generate_content</c> on the submit.</summary>
    public const string OperationName = "gen_ai.operation.name";

    /// <summary><c>gen_ai.provider.name</c>: always <see cref="Provider"/>.</summary>
    public const string ProviderName = "gen_ai.provider.name";

    /// <summary><c>gen_ai.request.model</c>: the model id.</summary>
    public const string RequestModel = "gen_ai.request.model";

    /// <summary><c>gen_ai.request.choice.count</c>: images asked for (<c>n</c>), when set.</summary>
    public const string ChoiceCount = "gen_ai.request.choice.count";

    /// <summary><c>gen_ai.output.type</c>: always <c>image</c>.</summary>
    public const string OutputType = "gen_ai.output.type";

    /// <summary><c>gen_ai.response.id</c>: the task id a submit created.</summary>
    public const string ResponseId = "gen_ai.response.id";

    /// <summary><c>gen_ai.input.messages</c>: the prompt, only when the user turned it on.</summary>
    public const string InputMessages = "gen_ai.input.messages";

    /// <summary><c>error.type</c>: the full name of the exception that ended the operation.</summary>
    public const string ErrorType = "error.type";

    /// <summary>The task id.</summary>
    public const string TaskId = "seedream.task.id";

    /// <summary>The task's status as last answered.</summary>
    public const string TaskStatus = "seedream.task.status";

    /// <summary>The task's progress (0–100) as last answered.</summary>
    public const string TaskProgress = "seedream.task.progress";

    /// <summary>How a wait ended: completed, failed, cancelled, timed_out, aborted or error.</summary>
    public const string Outcome = "seedream.task.outcome";

    /// <summary>How many polls a wait made.</summary>
    public const string Polls = "seedream.task.polls";

    /// <summary>The estimated time left, in seconds, when progress gave an estimate.</summary>
    public const string TimeLeft = "seedream.task.estimated_time_left";

    /// <summary>The index of an image in its task's result.</summary>
    public const string ImageIndex = "seedream.image.index";

    /// <summary>The media type of a saved image.</summary>
    public const string MediaType = "seedream.image.media_type";

    /// <summary>The bytes of a saved image.</summary>
    public const string ImageSize = "seedream.image.size";

    /// <summary>Which request was retried: create, get, cancel, poll or download.</summary>
    public const string Request = "seedream.request";

    /// <summary>Why a request was retried or may have created a task: rate_limited, server_error, timeout, network, or an image-save reason.</summary>
    public const string Reason = "seedream.reason";

    /// <summary>The value of <see cref="ProviderName"/>.</summary>
    public const string Provider = "seedream";
}
