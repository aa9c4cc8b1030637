using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using Seedream.Transport;

namespace Seedream;

/// <summary>
/// Builds a request from strings, for callers that only know the model at run time (a command line,
/// a configuration file): <c>SeedreamRequest.ForModel("seedream-5.0").Prompt("…").Size("16:9").Resolution("2K").Extra("output_format", "png").Build()</c>.
/// <see cref="Build"/> checks the result against the model's table, so mistakes surface before anything is sent.
/// The generated per-model builders (<c>Seedream50.Generate(…)</c>) catch the same mistakes at compile time.
/// </summary>
public sealed class SeedreamRequest
{
    private readonly CreateTaskRequest _request;
    private readonly JObject _extra = new JObject();

    private SeedreamRequest(string model)
    {
        _request = new CreateTaskRequest { Model = model, Action = "generate" };
    }

    /// <summary>Starts a request for <paramref name="model"/>, e.g. <c>seedream-5.0</c>.</summary>
    /// <param name="model">The model id as sent in <c>model</c>.</param>
    public static SeedreamRequest ForModel(string model) => new SeedreamRequest(model ?? throw new ArgumentNullException(nameof(model)));

    /// <summary>Sets the text prompt (Chinese or English; no more than 300 Chinese characters is recommended).</summary>
    /// <param name="prompt">The prompt.</param>
    public SeedreamRequest Prompt(string prompt)
    {
        _request.Prompt = prompt;
        return this;
    }

    /// <summary>Sets the aspect ratio, e.g. <c>16:9</c>.</summary>
    /// <param name="size">An aspect ratio the model's table lists.</param>
    public SeedreamRequest Size(string size)
    {
        _request.Size = size;
        return this;
    }

    /// <summary>Sets the resolution, e.g. <c>2K</c>.</summary>
    /// <param name="resolution">A resolution the model's table lists.</param>
    public SeedreamRequest Resolution(string resolution)
    {
        _request.Resolution = resolution;
        return this;
    }

    /// <summary>Adds a reference image (one: image-to-image; several: multi-image fusion).</summary>
    /// <param name="url">The image's absolute URL.</param>
    public SeedreamRequest ImageUrl(string url) => ImageUrl(new Uri(url ?? throw new ArgumentNullException(nameof(url)), UriKind.RelativeOrAbsolute));

    /// <summary>Adds a reference image (one: image-to-image; several: multi-image fusion).</summary>
    /// <param name="url">The image's absolute URL.</param>
    public SeedreamRequest ImageUrl(Uri url)
    {
        (_request.Image_urls ??= new List<Uri>()).Add(url ?? throw new ArgumentNullException(nameof(url)));
        return this;
    }

    /// <summary>Sets how many images to generate; more than 1 is image-set mode.</summary>
    /// <param name="count">The number of images (<c>n</c>).</param>
    public SeedreamRequest Count(int count)
    {
        _request.N = count;
        return this;
    }

    /// <summary>Sets whether a watermark is added (the upstream default is true).</summary>
    /// <param name="watermark">Whether to add a watermark.</param>
    public SeedreamRequest Watermark(bool watermark)
    {
        _request.Watermark = watermark;
        return this;
    }

    /// <summary>Sets the webhook that receives the finished task (deliveries may repeat: dedupe by task id).</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    public SeedreamRequest CallbackUrl(string url) => CallbackUrl(new Uri(url ?? throw new ArgumentNullException(nameof(url)), UriKind.RelativeOrAbsolute));

    /// <summary>Sets the webhook that receives the finished task (deliveries may repeat: dedupe by task id).</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    public SeedreamRequest CallbackUrl(Uri url)
    {
        _request.Callback_url = url ?? throw new ArgumentNullException(nameof(url));
        return this;
    }

    /// <summary>Sets the events delivered to the webhook (values are not documented by the provider).</summary>
    /// <param name="events">The event names.</param>
    public SeedreamRequest CallbackEvents(params string[] events)
    {
        _request.Callback_events = (events ?? throw new ArgumentNullException(nameof(events))).ToList();
        return this;
    }

    /// <summary>
    /// Sets a model option inside <c>extra</c> from text, as a command line gives it. <paramref name="path"/> may be
    /// dotted (<c>optimize_prompt_options.mode</c>). The text is converted by the option's kind in the model's table:
    /// <c>true</c>/<c>false</c> for a switch, a number for a range, and for a tool path (<c>tools</c>) the tool type
    /// to add (<c>web_search</c>). Unknown options are kept as text, and <see cref="Build"/> reports them.
    /// </summary>
    /// <param name="path">The key path inside <c>extra</c>.</param>
    /// <param name="value">The value as text.</param>
    public SeedreamRequest Extra(string path, string value)
    {
        CheckPath(path);
        var option = SeedreamModelCatalog.Find(_request.Model)?.Extras.FirstOrDefault(o => o.Path == path);
        switch (option?.Kind)
        {
            case SeedreamExtraKind.Tool:
                return Tool(path, value);
            case SeedreamExtraKind.Bool when bool.TryParse(value, out var flag):
                return Extra(path, new JValue(flag));
            case SeedreamExtraKind.Number when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole):
                return Extra(path, new JValue(whole));
            case SeedreamExtraKind.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return Extra(path, new JValue(number));
            default:
                return Extra(path, new JValue(value));
        }
    }

    /// <summary>Sets a switch inside <c>extra</c>, e.g. <c>Extra("stream", true)</c>.</summary>
    /// <param name="path">The key path inside <c>extra</c>; may be dotted.</param>
    /// <param name="value">The value.</param>
    public SeedreamRequest Extra(string path, bool value) => Extra(path, new JValue(value));

    /// <summary>Sets a number inside <c>extra</c>, e.g. <c>Extra("guidance_scale", 7.5)</c>.</summary>
    /// <param name="path">The key path inside <c>extra</c>; may be dotted.</param>
    /// <param name="value">The value.</param>
    public SeedreamRequest Extra(string path, double value) => Extra(path, new JValue(value));

    /// <summary>Sets any JSON value inside <c>extra</c>.</summary>
    /// <param name="path">The key path inside <c>extra</c>; may be dotted (<c>optimize_prompt_options.mode</c>).</param>
    /// <param name="value">The value.</param>
    public SeedreamRequest Extra(string path, JToken value)
    {
        CheckPath(path);
        var keys = path.Split('.');
        var target = _extra;
        for (var i = 0; i < keys.Length - 1; i++)
        {
            if (target[keys[i]] is not JObject next)
            {
                next = new JObject();
                target[keys[i]] = next;
            }

            target = next;
        }

        target[keys[keys.Length - 1]] = value ?? JValue.CreateNull();
        return this;
    }

    /// <summary>Switches on a tool by adding <c>{"type": <paramref name="type"/>}</c> to <c>extra.tools</c>, e.g. <c>web_search</c>.</summary>
    /// <param name="type">The tool type.</param>
    public SeedreamRequest Tool(string type) => Tool("tools", type);

    /// <summary>
    /// Checks the request against the model's table and returns it.
    /// </summary>
    /// <exception cref="SeedreamValidationException">The request does not fit the model: every problem names the parameter, the value and what is allowed.</exception>
    public CreateTaskRequest Build()
    {
        var request = Snapshot();
        SeedreamRequestValidator.Validate(request);
        return request;
    }

    private SeedreamRequest Tool(string path, string type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            throw new ArgumentException("A tool type is required, e.g. web_search.", nameof(type));
        }

        if (_extra[path] is not JArray tools)
        {
            tools = new JArray();
            _extra[path] = tools;
        }

        if (!tools.OfType<JObject>().Any(t => (string?)t["type"] == type))
        {
            tools.Add(new JObject { ["type"] = type });
        }

        return this;
    }

    private CreateTaskRequest Snapshot() => new CreateTaskRequest
    {
        Model = _request.Model,
        Action = _request.Action,
        Prompt = _request.Prompt,
        Size = _request.Size,
        Resolution = _request.Resolution,
        Image_urls = _request.Image_urls?.ToList(),
        N = _request.N,
        Watermark = _request.Watermark,
        Callback_url = _request.Callback_url,
        Callback_events = _request.Callback_events?.ToList(),
        Extra = _extra.Count == 0 ? null : _extra.DeepClone(),
    };

    private static void CheckPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Split('.').Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"'{path}' is not a key path inside extra; use keys separated by dots, e.g. optimize_prompt_options.mode.", nameof(path));
        }
    }
}
