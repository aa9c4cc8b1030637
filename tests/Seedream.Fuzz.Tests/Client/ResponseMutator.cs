using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Newtonsoft.Json.Linq;
using Seedream.Fuzz.Tests.Emulator;
using Seedream.Fuzz.Tests.Infrastructure;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>
/// Builds a client fuzz case from random choices: an operation, then one to four API answers and up to
/// two image downloads, each a documented body with changed fields, damaged bytes, another status,
/// odd headers or a broken connection. Error messages sometimes quote the API key, as some servers do
/// in "invalid key" answers.
/// </summary>
internal static class ResponseMutator
{
    public const string ApiKey = "sk-fuzz-SECRET-0123456789abcdef";

    private static readonly int[] Statuses = { 200, 200, 200, 200, 200, 200, 201, 202, 204, 301, 304, 400, 401, 402, 403, 404, 408, 409, 418, 422, 429, 500, 502, 503, 504, 599 };

    private static readonly string[] Paths =
    {
        "task_id", "status", "progress", "created_at", "completed_at", "start_time", "model", "action", "result", "result.images",
        "result.images.0", "result.images.0.url", "result.images.0.expires_at", "result.images.0.b64_json", "result.images.0.error",
        "result.images.1", "error", "error.message", "error.code", "error.type", "urls", "urls.get", "poll_url", "code", "data",
        "refunded", "refunded_quota", "unknown",
    };

    private static readonly string[] Values = WireValues.Json.Concat(new[]
    {
        "\"2026-04-04T06:46:00Z\"", "17752851600000000000", "1775285160", "1775285160123", "101", "\"50\"", "\"completed\"", "\"COMPLETED\"",
        "\"queued\"", "\"processing\"", "\"failed\"", "\"cancelled\"", "\"weird-status\"", "[\"https://cdn.seedream.test/a.png\", null]",
        "\"https://cdn.seedream.test/a.png\"", "\"not a url\"", "\"data:image/png;base64,AAAA\"", "\"////\"", "\"http://[::1\"",
        "\"iVBORw0KGgo=\"", "\"@@@not base64@@@\"", "{\"message\":null,\"code\":5}",
    }).ToArray();

    private static readonly string[][] RetryAfterValues =
    {
        new[] { "1" }, new[] { "0" }, new[] { "-5" }, new[] { "abc" }, new[] { "99999999999999" }, new[] { "Wed, 21 Oct 2015 07:28:00 GMT" },
        new[] { "Tue, 24 Nov 2026 12:00:03 GMT" }, new[] { "1.5" }, new[] { string.Empty }, new[] { "1", "2" },
    };

    public static Gen<int[]> Choices { get; } = Gen.Int[0, int.MaxValue].Array[96];

    public static ClientFuzzCase Build(int[] choices)
    {
        var pick = new ChoiceReader(choices);
        var operation = (ClientOperation)pick.Pick(Enum.GetValues<ClientOperation>().Length);
        var apiAnswers = Enumerable.Range(0, 1 + pick.Pick(4)).Select(_ => ApiAnswer(pick, operation)).ToList();
        var downloads = Enumerable.Range(0, pick.Pick(3)).Select(_ => DownloadAnswer(pick)).ToList();
        return new ClientFuzzCase(operation, apiAnswers, downloads);
    }

    /// <summary>One mutated API answer for <paramref name="operation"/>.</summary>
    public static ScriptedAnswer ApiAnswer(ChoiceReader pick, ClientOperation operation)
    {
        var body = pick.Pick(10) switch
        {
            0 => ApiBodies.Task("queued", 0),
            1 => ApiBodies.Task("processing", 1 + pick.Pick(99), images: pick.Pick(2)),
            2 or 3 => ApiBodies.Task("completed", 100, images: 1 + pick.Pick(3), urlAsArray: pick.Chance(50), base64: pick.Chance(20)),
            4 => ApiBodies.Task("failed", 0),
            5 => ApiBodies.Task("cancelled", 0),
            6 => ApiBodies.AltEnvelope(),
            7 => ApiBodies.Cancelled(),
            _ => ApiBodies.Error(pick.Pick(new[] { "invalid_request", "invalid_api_key", "insufficient_quota", "task_not_found", "rate_limited", "server_error" }), pick.Chance(30) ? "Invalid API key " + ApiKey : "Something went wrong."),
        };
        if (operation == ClientOperation.Cancel && pick.Chance(50))
        {
            body = ApiBodies.Cancelled();
        }

        for (var i = pick.Pick(4); i > 0; i--)
        {
            Mutate(body, pick.Pick(Paths), pick);
        }

        var bytes = Encoding.UTF8.GetBytes(body.ToString(Newtonsoft.Json.Formatting.None));
        if (pick.Chance(15))
        {
            bytes = ByteDamage.Apply(bytes, pick);
        }

        return new ScriptedAnswer(pick.Chance(70) ? 200 : pick.Pick(Statuses), Headers(pick, json: true), bytes, Fault(pick));
    }

    /// <summary>One mutated image download.</summary>
    public static ScriptedAnswer DownloadAnswer(ChoiceReader pick)
    {
        var bytes = pick.Pick(5) switch
        {
            0 => ApiBodies.Png.Take(pick.Pick(ApiBodies.Png.Length)).ToArray(),
            1 => Encoding.UTF8.GetBytes("<html><body>expired</body></html>"),
            2 => Array.Empty<byte>(),
            3 => ByteDamage.Apply(ApiBodies.Png, pick),
            _ => ApiBodies.Png,
        };
        return new ScriptedAnswer(pick.Chance(70) ? 200 : pick.Pick(Statuses), Headers(pick, json: false), bytes, Fault(pick));
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Headers(ChoiceReader pick, bool json)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (pick.Chance(85))
        {
            var types = json
                ? new[] { "application/json", "application/json; charset=utf-8", "text/html", "application/problem+json", "application/json; charset=utf-16" }
                : new[] { "image/png", "image/jpeg", "application/octet-stream", "text/html", "image/webp" };
            headers.Add(new("Content-Type", pick.Chance(80) ? types[0] : pick.Pick(types)));
        }

        if (pick.Chance(25))
        {
            foreach (var value in pick.Pick(RetryAfterValues))
            {
                headers.Add(new("Retry-After", value));
            }
        }

        return headers;
    }

    private static TransportFault Fault(ChoiceReader pick) =>
        pick.Chance(90) ? TransportFault.None : pick.Chance(50) ? TransportFault.FailBeforeAnswer : TransportFault.BreakMidBody;

    private static void Mutate(JObject body, string path, ChoiceReader pick)
    {
        var parts = path.Split('.');
        JToken? parent = body;
        for (var i = 0; i < parts.Length - 1 && parent is not null; i++)
        {
            parent = Child(parent, parts[i]);
        }

        var key = parts[^1];
        var remove = pick.Chance(20);
        var value = new JRaw(pick.Pick(Values));
        switch (parent)
        {
            case JObject target when remove:
                target.Remove(key);
                break;
            case JObject target:
                target[key] = value;
                break;
            case JArray array when int.TryParse(key, out var index) && index < array.Count:
                array[index] = remove ? JValue.CreateNull() : value;
                break;
        }
    }

    private static JToken? Child(JToken parent, string key) => parent switch
    {
        JObject item => item[key],
        JArray array when int.TryParse(key, out var index) && index < array.Count => array[index],
        _ => null,
    };
}
