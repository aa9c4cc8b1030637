using System;
using System.Collections.Generic;
using System.Text;
using CsCheck;
using Newtonsoft.Json.Linq;
using Seedream.Fuzz.Tests.Infrastructure;

namespace Seedream.Fuzz.Tests.Emulator;

/// <summary>
/// Builds mutated requests from a list of random choices (drawn by CsCheck, so a case reproduces from
/// its number): a valid request for one of the endpoints, then changed fields, broken bytes, other
/// headers, another method or task id.
/// </summary>
internal static class RequestMutator
{
    public static Gen<int[]> Choices { get; } = Gen.Int[0, int.MaxValue].Array[24];

    public static FuzzRequest Build(int[] choices, string apiKey, IReadOnlyList<string> taskIds)
    {
        var pick = new ChoiceReader(choices);
        var endpoint = pick.Pick(8);
        string method;
        string path;
        byte[]? body = null;
        if (endpoint < 5)
        {
            method = "POST";
            path = endpoint == 4 ? "/v1/tasks/sync" : "/v1/tasks";
            body = Body(pick);
        }
        else
        {
            var id = pick.Chance(60) ? pick.Pick(taskIds) : pick.Pick(WireValues.TaskIds);
            method = endpoint == 7 ? "POST" : "GET";
            path = "/v1/tasks/" + (id.Length > 0 && id.Trim().Length == 0 ? Uri.EscapeDataString(id) : id) + (endpoint == 7 ? "/cancel" : string.Empty);
        }

        if (pick.Chance(5))
        {
            method = pick.Pick(new[] { "PUT", "DELETE", "PATCH", "GET", "POST", "HEAD", "OPTIONS" });
        }

        var headers = new List<KeyValuePair<string, string>>
        {
            new("Authorization", pick.Chance(90) ? "Bearer " + apiKey : Authorization(pick, apiKey)),
        };
        if (body is not null && pick.Chance(90))
        {
            headers.Add(new("Content-Type", pick.Chance(90) ? "application/json" : pick.Pick(new[] { "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=latin1" })));
        }

        return new FuzzRequest(method, path, headers, body);
    }

    private static byte[] Body(ChoiceReader pick)
    {
        var models = new[] { "seedream-5.0", "seedream-4.5", "seedream-4.0" };
        var body = new JObject
        {
            ["model"] = pick.Pick(models),
            ["prompt"] = "一只柴犬穿宇航服站在月球上",
        };
        if (pick.Chance(50))
        {
            body["size"] = "1:1";
        }

        if (pick.Chance(30))
        {
            body["extra"] = new JObject { ["response_format"] = "url" };
        }

        var mutations = pick.Pick(4);
        for (var i = 0; i < mutations; i++)
        {
            var field = pick.Pick(WireValues.Fields);
            if (pick.Chance(20))
            {
                Remove(body, field);
            }
            else
            {
                Set(body, field, new JRaw(pick.Pick(WireValues.Json)));
            }
        }

        var bytes = Encoding.UTF8.GetBytes(body.ToString(Newtonsoft.Json.Formatting.None));
        if (pick.Chance(15))
        {
            bytes = ByteDamage.Apply(bytes, pick);
        }

        return bytes;
    }

    private static void Set(JObject body, string field, JToken value)
    {
        var dot = field.IndexOf('.');
        if (dot < 0)
        {
            body[field] = value;
            return;
        }

        var parent = body;
        var parts = field.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parent[parts[i]] is not JObject child)
            {
                child = new JObject();
                parent[parts[i]] = child;
            }

            parent = child;
        }

        parent[parts[^1]] = value;
    }

    private static void Remove(JObject body, string field)
    {
        var parts = field.Split('.');
        JToken? parent = body;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            parent = (parent as JObject)?[parts[i]];
        }

        (parent as JObject)?.Remove(parts[^1]);
    }

    private static string Authorization(ChoiceReader pick, string apiKey) => pick.Pick(7) switch
    {
        0 => string.Empty,
        1 => "Bearer",
        2 => "Bearer ",
        3 => "bearer " + apiKey,
        4 => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:" + apiKey)),
        5 => "Bearer " + apiKey + "x",
        _ => "Bearer  " + apiKey + "  ",
    };
}
