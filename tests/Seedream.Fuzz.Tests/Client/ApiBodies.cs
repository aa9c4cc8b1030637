using System;
using Newtonsoft.Json.Linq;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>Well-formed bodies of every shape the API documents, before mutation.</summary>
internal static class ApiBodies
{
    public const string TaskId = "task-wave1775285160b950328499";
    public const string ImageHost = "cdn.seedream.test";

    /// <summary>When result links expire: a day after the fuzz clock starts (2026-11-24 12:00 UTC).</summary>
    public static readonly long ExpiresAt = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static JObject Task(string status, int progress, int images = 0, bool urlAsArray = false, bool base64 = false)
    {
        var task = new JObject
        {
            ["task_id"] = TaskId,
            ["model"] = "seedream-5.0",
            ["action"] = "generate",
            ["status"] = status,
            ["progress"] = progress,
            ["created_at"] = 1775285160123L,
            ["urls"] = new JObject { ["get"] = "/v1/tasks/" + TaskId, ["cancel"] = "/v1/tasks/" + TaskId + "/cancel" },
        };
        if (status is "completed" or "failed" or "cancelled")
        {
            task["completed_at"] = 1775285190123L;
        }

        if (status == "failed")
        {
            task["error"] = new JObject { ["message"] = "The image could not be generated.", ["code"] = "task_failed" };
        }

        if (images > 0)
        {
            var list = new JArray();
            for (var i = 0; i < images; i++)
            {
                var url = $"https://{ImageHost}/{TaskId}/{i}.png";
                list.Add(base64
                    ? new JObject { ["b64_json"] = Convert.ToBase64String(Png), ["size"] = "1x1" }
                    : new JObject { ["url"] = urlAsArray ? new JArray(url) : url, ["expires_at"] = ExpiresAt });
            }

            task["result"] = new JObject { ["images"] = list };
        }

        return task;
    }

    public static JObject AltEnvelope() => new() { ["code"] = "success", ["data"] = TaskId };

    public static JObject Error(string code, string message) => new() { ["error"] = new JObject { ["message"] = message, ["code"] = code, ["type"] = "invalid_request_error" } };

    public static JObject Cancelled() => new() { ["task_id"] = TaskId, ["status"] = "cancelled", ["refunded"] = true, ["refunded_quota"] = 1 };
}
