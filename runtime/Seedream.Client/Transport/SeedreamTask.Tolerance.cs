using System;
using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Transport;

internal partial class SeedreamTask
{
    /// <summary>
    /// <c>code</c> of the alternative submit envelope <c>{"code":"success","data":"task-…"}</c> that
    /// another model family on the same gateway answers; read only to recover the task id.
    /// </summary>
    [JsonProperty("code", NullValueHandling = NullValueHandling.Ignore)]
    private string? EnvelopeCode { get; set; }

    /// <summary><c>data</c> of the alternative submit envelope; holds the task id when it is a string.</summary>
    [JsonProperty("data", NullValueHandling = NullValueHandling.Ignore)]
    private JToken? EnvelopeData { get; set; }

    /// <summary>When the task was created, whether the API sent seconds or milliseconds.</summary>
    [JsonIgnore]
    public DateTimeOffset? CreatedAt => UnixTimestamp.ToDateTimeOffset(Created_at);

    /// <summary>When the task completed, failed or was cancelled, whether the API sent seconds or milliseconds.</summary>
    [JsonIgnore]
    public DateTimeOffset? CompletedAt => UnixTimestamp.ToDateTimeOffset(Completed_at);

    /// <summary>Whether the status is final: completed, failed or cancelled. An unknown status is not.</summary>
    [JsonIgnore]
    public bool IsTerminal => new SeedreamTaskStatus(Status).IsTerminal;

    /// <summary>The <c>code</c> of an alternative envelope that is not <c>success</c> (an explicit API refusal), else <see langword="null"/>.</summary>
    [JsonIgnore]
    internal string? RefusalCode { get; private set; }

    [OnDeserialized]
    private void ReadAlternativeEnvelope(StreamingContext context)
    {
        var success = EnvelopeCode is null || string.Equals(EnvelopeCode.Trim(), "success", StringComparison.OrdinalIgnoreCase);
        if (Task_id is null && success && EnvelopeData is { Type: JTokenType.String } data)
        {
            Task_id = (string?)data;
            Status ??= SeedreamTaskStatus.Queued.Value;
        }

        RefusalCode = Task_id is null && !success ? EnvelopeCode : null;
        EnvelopeCode = null;
        EnvelopeData = null;
    }
}
