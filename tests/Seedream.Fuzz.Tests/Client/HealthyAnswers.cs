using System;
using System.Collections.Generic;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>What a healthy API and image host answer once a fuzz case's script has run out, so every operation can end.</summary>
internal static class HealthyAnswers
{
    /// <summary>The healthy answer to <paramref name="method"/> <paramref name="path"/>: a PNG for a download; for the API, the completed task, a cancel, or a queued create.</summary>
    public static ScriptedAnswer For(string method, string path, bool download)
    {
        if (download)
        {
            return new ScriptedAnswer(200, new[] { new KeyValuePair<string, string>("Content-Type", "image/png") }, ApiBodies.Png, TransportFault.None);
        }

        JObject body = method == "GET" || path.EndsWith("/sync", StringComparison.Ordinal)
            ? ApiBodies.Task("completed", 100, images: 1)
            : path.EndsWith("/cancel", StringComparison.Ordinal) ? ApiBodies.Cancelled() : ApiBodies.Task("queued", 0);
        return new ScriptedAnswer(
            200,
            new[] { new KeyValuePair<string, string>("Content-Type", "application/json") },
            Encoding.UTF8.GetBytes(body.ToString(Formatting.None)),
            TransportFault.None);
    }
}
