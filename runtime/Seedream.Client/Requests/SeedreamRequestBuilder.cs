using System;
using System.Collections.Generic;
using System.Linq;
using Seedream.Rules;

namespace Seedream;

/// <summary>
/// Builds a <see cref="SeedreamRequest"/> from strings: <c>SeedreamRequest.ForModel("seedream-5.0").Prompt("…").Size("16:9").Resolution("2K").Extra("output_format", "png").Build()</c>.
/// The generated per-model builders wrap this builder, so both use the same method names. A rule about one
/// argument throws <see cref="ArgumentException"/> at the call; a rule across fields or against the model's
/// table throws <see cref="SeedreamValidationException"/> at <see cref="Build"/> when the table is known, and
/// is checked again at submit. Not thread-safe; every method returns the builder.
/// </summary>
public sealed class SeedreamRequestBuilder
{
    private const string DefaultToolPath = "tools";
    private const string WebSearchTool = "web_search";

    private readonly string _model;
    private readonly SeedreamModelTable? _table;
    private readonly List<Uri> _referenceImages = new List<Uri>();
    private readonly List<string> _callbackEvents = new List<string>();
    private readonly Dictionary<string, object> _extras = new Dictionary<string, object>(StringComparer.Ordinal);
    private string _prompt = string.Empty;
    private string? _size;
    private string? _resolution;
    private int? _imageCount;
    private bool? _watermark;
    private Uri? _callbackUrl;

    internal SeedreamRequestBuilder(string model, SeedreamModelTable? table)
    {
        _model = model;
        _table = table;
    }

    /// <summary>Sets the text prompt (<c>prompt</c>; Chinese or English, about 300 Chinese characters at most recommended).</summary>
    /// <param name="prompt">The prompt; not empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="prompt"/> is null, empty or white space.</exception>
    public SeedreamRequestBuilder Prompt(string prompt)
    {
        _prompt = string.IsNullOrWhiteSpace(prompt) ? throw new ArgumentException($"The prompt of a {_model} request must not be null or empty.", nameof(prompt)) : prompt;
        return this;
    }

    /// <summary>Sets the aspect ratio (<c>size</c>), e.g. <c>16:9</c>; the model's table lists what it accepts.</summary>
    /// <param name="size">An aspect ratio.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="size"/> is null, empty or white space.</exception>
    public SeedreamRequestBuilder Size(string size)
    {
        _size = Required(size, nameof(size), "An aspect ratio is required, e.g. 16:9.");
        return this;
    }

    /// <summary>Sets the resolution (<c>resolution</c>), e.g. <c>2K</c>; the model's table lists what it accepts.</summary>
    /// <param name="resolution">A resolution.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="resolution"/> is null, empty or white space.</exception>
    public SeedreamRequestBuilder Resolution(string resolution)
    {
        _resolution = Required(resolution, nameof(resolution), "A resolution is required, e.g. 2K.");
        return this;
    }

    /// <summary>Adds a reference image (<c>image_urls</c>): one gives image-to-image, several multi-image fusion.</summary>
    /// <param name="url">The image's absolute URL.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute URL.</exception>
    public SeedreamRequestBuilder ReferenceImage(string url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"The reference image URL '{url}' is not an absolute URL.", nameof(url));
        }

        _referenceImages.Add(parsed);
        return this;
    }

    /// <summary>Adds a reference image (<c>image_urls</c>): one gives image-to-image, several multi-image fusion.</summary>
    /// <param name="url">The image's absolute URL.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> is null or not absolute.</exception>
    public SeedreamRequestBuilder ReferenceImage(Uri url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            throw new ArgumentException($"The reference image URL '{url?.OriginalString}' is not an absolute URL.", nameof(url));
        }

        _referenceImages.Add(url);
        return this;
    }

    /// <summary>Adds reference images (<c>image_urls</c>); the model's table says how many it accepts (checked at <see cref="Build"/>).</summary>
    /// <param name="urls">The images' absolute URLs.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A URL is not absolute.</exception>
    public SeedreamRequestBuilder ReferenceImages(params string[] urls)
    {
        foreach (var url in urls ?? throw new ArgumentNullException(nameof(urls)))
        {
            ReferenceImage(url);
        }

        return this;
    }

    /// <summary>Adds reference images (<c>image_urls</c>); the model's table says how many it accepts (checked at <see cref="Build"/>).</summary>
    /// <param name="urls">The images' absolute URLs.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A URL is null or not absolute.</exception>
    public SeedreamRequestBuilder ReferenceImages(IEnumerable<Uri> urls)
    {
        foreach (var url in urls ?? throw new ArgumentNullException(nameof(urls)))
        {
            ReferenceImage(url);
        }

        return this;
    }

    /// <summary>Sets how many images to generate (<c>n</c>); more than 1 is image-set mode, where reference images + generated images are limited by the table.</summary>
    /// <param name="count">The number of images, at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public SeedreamRequestBuilder ImageCount(int count)
    {
        if (SeedreamRules.ImageCountBelowOne(count) is string problem)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, problem);
        }

        _imageCount = count;
        return this;
    }

    /// <summary>Sets whether a watermark is added (<c>watermark</c>; the upstream default is true).</summary>
    /// <param name="enabled">Whether the images carry a watermark.</param>
    /// <returns>This builder.</returns>
    public SeedreamRequestBuilder Watermark(bool enabled)
    {
        _watermark = enabled;
        return this;
    }

    /// <summary>Sets the webhook that receives the finished task (<c>callback_url</c>; deliveries may repeat: dedupe by task id).</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http or https URL.</exception>
    public SeedreamRequestBuilder CallbackUrl(string url)
    {
        if (SeedreamRules.CallbackUrlNotHttp(url) is string problem)
        {
            throw new ArgumentException(problem, nameof(url));
        }

        _callbackUrl = new Uri(url, UriKind.Absolute);
        return this;
    }

    /// <summary>Sets the webhook that receives the finished task (<c>callback_url</c>; deliveries may repeat: dedupe by task id).</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> is null or not an absolute http or https URL.</exception>
    public SeedreamRequestBuilder CallbackUrl(Uri url)
    {
        var text = url is null ? null : url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString;
        if (SeedreamRules.CallbackUrlNotHttp(text!) is string problem)
        {
            throw new ArgumentException(problem, nameof(url));
        }

        _callbackUrl = url;
        return this;
    }

    /// <summary>Sets the events delivered to the webhook (<c>callback_events</c>; the provider does not document the values).</summary>
    /// <param name="events">The event names; replaces any set before.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An event name is null, empty or white space.</exception>
    public SeedreamRequestBuilder CallbackEvents(params string[] events)
    {
        if (events is null)
        {
            throw new ArgumentNullException(nameof(events));
        }

        var names = events.Select(e => Required(e, nameof(events), "A callback event name must not be empty.")).ToList();
        _callbackEvents.Clear();
        _callbackEvents.AddRange(names);
        return this;
    }

    /// <summary>Switches on web search (<c>{"type": "web_search"}</c> in the table's tool array, <c>extra.tools</c> by default).</summary>
    /// <returns>This builder.</returns>
    public SeedreamRequestBuilder WebSearch() => Tool(WebSearchTool);

    /// <summary>Switches on a tool: adds <c>{"type": <paramref name="type"/>}</c> to the tool array the table lists it under (<c>extra.tools</c> by default).</summary>
    /// <param name="type">The tool type, e.g. <c>web_search</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is null, empty or white space.</exception>
    public SeedreamRequestBuilder Tool(string type)
    {
        Required(type, nameof(type), "A tool type is required, e.g. web_search.");
        var path = _table?.Extras.FirstOrDefault(o => o.Kind == SeedreamExtraKind.Tool && o.Tool == type)?.Path
                   ?? _table?.Extras.FirstOrDefault(o => o.Kind == SeedreamExtraKind.Tool)?.Path
                   ?? DefaultToolPath;
        AddTool(path, type);
        return this;
    }

    /// <summary>
    /// Sets a model option inside <c>extra</c> from text, as a command line gives it: for a switch <c>true</c>/<c>false</c>,
    /// for a number its invariant-culture text, for a tool path (<c>tools</c>) the tool type to add. The text is read by
    /// the option's kind in the model's table (at <see cref="Build"/>, or at submit for a request built from a bare id).
    /// </summary>
    /// <param name="path">The dotted key path inside <c>extra</c>, e.g. <c>optimize_prompt_options.mode</c>.</param>
    /// <param name="value">The value as text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a dotted key path, or <paramref name="value"/> is null.</exception>
    public SeedreamRequestBuilder Extra(string path, string value) => SetExtra(path, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Sets a switch inside <c>extra</c>, e.g. <c>Extra("stream", true)</c>.</summary>
    /// <param name="path">The dotted key path inside <c>extra</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a dotted key path.</exception>
    public SeedreamRequestBuilder Extra(string path, bool value) => SetExtra(path, value);

    /// <summary>Sets a number inside <c>extra</c>, e.g. <c>Extra("guidance_scale", 7.5)</c>; the table's range is checked at <see cref="Build"/>.</summary>
    /// <param name="path">The dotted key path inside <c>extra</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a dotted key path.</exception>
    public SeedreamRequestBuilder Extra(string path, double value) => SetExtra(path, value);

    /// <summary>Sets a whole number inside <c>extra</c>; the table's range is checked at <see cref="Build"/>.</summary>
    /// <param name="path">The dotted key path inside <c>extra</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a dotted key path.</exception>
    public SeedreamRequestBuilder Extra(string path, long value) => SetExtra(path, value);

    /// <summary>
    /// The request as set so far. When the builder was started from a table, the request is checked against it
    /// here; a request started from a bare model id is checked at submit against the client's catalog.
    /// </summary>
    /// <returns>A new immutable request; the builder can go on being used.</returns>
    /// <exception cref="SeedreamValidationException">The request does not fit the table: every problem names the parameter, the value and what is allowed.</exception>
    public SeedreamRequest Build()
    {
        var request = new SeedreamRequest(
            _model,
            _table,
            _prompt,
            _size,
            _resolution,
            _referenceImages.ToArray(),
            _imageCount,
            _watermark,
            _callbackUrl,
            _callbackEvents.ToArray(),
            new Dictionary<string, object>(_extras.ToDictionary(e => e.Key, e => e.Value is List<string> tools ? tools.ToArray() : e.Value), StringComparer.Ordinal));
        return _table is null ? request : SeedreamRequestValidator.Checked(request, _table, SeedreamModelCatalog.Shipped);
    }

    /// <inheritdoc />
    public override string ToString() => $"{_model} request builder";

    private SeedreamRequestBuilder SetExtra(string path, object value)
    {
        CheckPath(path);
        if (value is string text && _table?.Extras.FirstOrDefault(o => o.Path == path) is { Kind: SeedreamExtraKind.Tool })
        {
            AddTool(path, text);
            return this;
        }

        _extras[path] = value;
        return this;
    }

    private void AddTool(string path, string type)
    {
        CheckPath(path);
        if (!(_extras.TryGetValue(path, out var existing) && existing is List<string> tools))
        {
            tools = new List<string>();
            _extras[path] = tools;
        }

        if (!tools.Contains(type, StringComparer.Ordinal))
        {
            tools.Add(type);
        }
    }

    private static void CheckPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Split('.').Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"'{path}' is not a key path inside extra; use keys separated by dots, e.g. optimize_prompt_options.mode.", nameof(path));
        }
    }

    private static string Required(string value, string parameter, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(message, parameter) : value;
}
