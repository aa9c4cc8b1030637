using System;
using System.Collections.Generic;
using System.Text;
using CsCheck;
using Newtonsoft.Json.Linq;

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
        var next = 0;
        int Pick(int count) => choices[next++ % choices.Length] % count;
        bool Chance(int percent) => Pick(100) < percent;

        var endpoint = Pick(8);
        string method;
        string path;
        byte[]? body = null;
        if (endpoint < 5)
        {
            method = "POST";
            path = endpoint == 4 ? "/v1/tasks/sync" : "/v1/tasks";
            body = Body(Pick, Chance);
        }
        else
        {
            var id = Chance(60) ? taskIds[Pick(taskIds.Count)] : WireValues.TaskIds[Pick(WireValues.TaskIds.Length)];
            method = endpoint == 7 ? "POST" : "GET";
            path = "/v1/tasks/" + (id.Length > 0 && id.Trim().Length == 0 ? Uri.EscapeDataString(id) : id) + (endpoint == 7 ? "/cancel" : string.Empty);
        }

        if (Chance(5))
        {
            method = new[] { "PUT", "DELETE", "PATCH", "GET", "POST", "HEAD", "OPTIONS" }[Pick(7)];
        }

        var headers = new List<KeyValuePair<string, string>>
        {
            new("Authorization", Chance(90) ? "Bearer " + apiKey : Authorization(Pick, apiKey)),
        };
        if (body is not null && Chance(90))
        {
            headers.Add(new("Content-Type", Chance(90) ? "application/json" : new[] { "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=latin1" }[Pick(4)]));
        }

        return new FuzzRequest(method, path, headers, body);
    }

    private static byte[] Body(Func<int, int> pick, Func<int, bool> chance)
    {
        var models = new[] { "seedream-5.0", "seedream-4.5", "seedream-4.0" };
        var body = new JObject
        {
            ["model"] = models[pick(models.Length)],
            ["prompt"] = "一只柴犬穿宇航服站在月球上",
        };
        if (chance(50))
        {
            body["size"] = "1:1";
        }

        if (chance(30))
        {
            body["extra"] = new JObject { ["response_format"] = "url" };
        }

        var mutations = pick(4);
        for (var i = 0; i < mutations; i++)
        {
            var field = WireValues.Fields[pick(WireValues.Fields.Length)];
            if (chance(20))
            {
                Remove(body, field);
            }
            else
            {
                Set(body, field, new JRaw(WireValues.Json[pick(WireValues.Json.Length)]));
            }
        }

        var bytes = Encoding.UTF8.GetBytes(body.ToString(Newtonsoft.Json.Formatting.None));
        if (chance(15))
        {
            bytes = DamageBytes(bytes, pick);
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

    private static byte[] DamageBytes(byte[] bytes, Func<int, int> pick)
    {
        var list = new List<byte>(bytes);
        var at = pick(list.Count);
        switch (pick(4))
        {
            case 0:
                list[at] = (byte)pick(256);
                break;
            case 1:
                list.RemoveRange(at, list.Count - at);
                break;
            case 2:
                list.Insert(at, (byte)pick(256));
                break;
            default:
                list.InsertRange(at, new byte[] { 0xC3, 0x28, 0xFF, 0xFE });
                break;
        }

        return list.ToArray();
    }

    private static string Authorization(Func<int, int> pick, string apiKey) => pick(7) switch
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
