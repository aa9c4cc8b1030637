using System;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>Task objects as the API writes them.</summary>
internal static class TaskJson
{
    public static string Task(string id, string status, int? progress = null, params JObject[] images)
    {
        var task = new JObject
        {
            ["task_id"] = id,
            ["model"] = "seedream-5.0",
            ["action"] = "generate",
            ["status"] = status,
            ["created_at"] = 1775285160040,
        };
        if (progress is int p)
        {
            task["progress"] = p;
        }

        if (images.Length > 0)
        {
            task["result"] = new JObject { ["images"] = new JArray(images.Cast<object>().ToArray()) };
        }

        return task.ToString(Newtonsoft.Json.Formatting.None);
    }

    public static string Failed(string id, string code, string message) =>
        new JObject
        {
            ["task_id"] = id,
            ["status"] = "failed",
            ["progress"] = 0,
            ["error"] = new JObject { ["code"] = code, ["message"] = message },
        }.ToString(Newtonsoft.Json.Formatting.None);

    public static JObject Link(string url, DateTimeOffset? expiresAt = null)
    {
        var image = new JObject { ["url"] = url };
        if (expiresAt is DateTimeOffset e)
        {
            image["expires_at"] = e.ToUnixTimeMilliseconds();
        }

        return image;
    }

    public static JObject Data(byte[] bytes) => new JObject { ["b64_json"] = Convert.ToBase64String(bytes) };

    public static JObject ImageError(string code, string message) =>
        new JObject { ["error"] = new JObject { ["code"] = code, ["message"] = message } };
}
