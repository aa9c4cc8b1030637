using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;
using Seedream.Cli.Running;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream generate "&lt;prompt&gt;" --model … --size … --resolution …</c>: submits a task, follows it with a progress bar, saves the images and prints their paths.</summary>
internal sealed class GenerateCommand : Command
{
    private const string DefaultModel = "seedream-5.0";

    private readonly CliOutput _output;
    private readonly Argument<string> _prompt = new("prompt") { Description = "What to draw, in Chinese or English (no more than 300 Chinese characters is recommended)." };
    private readonly Option<string> _model = new("--model", "-m") { HelpName = "ID", DefaultValueFactory = _ => DefaultModel };
    private readonly Option<string?> _size = new("--size", "-s") { HelpName = "RATIO", Description = "Aspect ratio, e.g. 16:9 (`seedream models` lists each model's). Default: the API's (1:1)." };
    private readonly Option<string?> _resolution = new("--resolution", "-r") { HelpName = "RES", Description = "Resolution, e.g. 2K (`seedream models` lists each model's). Default: the API's." };
    private readonly Option<int?> _count = new("--n", "-n") { HelpName = "COUNT", Description = "How many images; more than 1 makes an image set (reference images + images ≤ 15)." };
    private readonly Option<string[]> _images = new("--image", "-i") { HelpName = "URL", Description = "A reference image URL; repeat for multi-image fusion (up to 14)." };
    private readonly Option<bool> _webSearch = new("--web-search") { Description = "Let the model search the web (extra.tools web_search; " + ModelsWith("tools") + ")." };
    private readonly Option<string?> _format = new("--format", "-f") { HelpName = "FORMAT", Description = "Output image format, png or jpeg (extra.output_format; " + ModelsWith("output_format") + ")." };
    private readonly Option<bool?> _watermark = new("--watermark") { HelpName = "true|false", Description = "Whether the provider adds a watermark. Default: the API's (true)." };
    private readonly Option<string[]> _extra = new("--extra", "-x") { HelpName = "KEY=VALUE", Description = "Any model option inside extra, e.g. response_format=b64_json or optimize_prompt_options.mode=standard; repeatable." };
    private readonly Option<string> _out = CommonOptions.OutputDirectory();
    private readonly Option<int?> _timeout = CommonOptions.Timeout();

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where progress, paths and messages go.</param>
    public GenerateCommand(CliOutput output)
        : base("generate", "Generate images from a prompt: submit a task, show its progress, save the images and print their paths. " +
                           "Without SEEDREAM_API_KEY it runs against the built-in emulator. Ctrl+C stops, and cancels the task while it is still queued. " + ExitCodes.ShortHelp)
    {
        _output = output;
        var known = string.Join(", ", SeedreamModelCatalog.Shipped.All.Select(t => t.Id));
        _model.Description = $"The model: {known}.";
        _model.CompletionSources.Add(SeedreamModelCatalog.Shipped.All.Select(t => t.Id).ToArray());
        Add(_prompt);
        Add(_model);
        Add(_size);
        Add(_resolution);
        Add(_count);
        Add(_images);
        Add(_webSearch);
        Add(_format);
        Add(_watermark);
        Add(_extra);
        Add(_out);
        Add(_timeout);
        SetAction(GuardedAction.For(output, RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var request = BuildRequest(parseResult);
        var timeout = parseResult.GetValue(_timeout) is int seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        await using var connection = await ApiConnection.OpenAsync(_output, timeout, interrupt).ConfigureAwait(false);
        SeedreamOperation operation;
        try
        {
            operation = await connection.Client.SubmitAsync(request, interrupt).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            _output.Message("Cancelled before the API answered the submit; a task may have been created (it would show among your provider's tasks).");
            return ExitCodes.Cancelled;
        }

        _output.Message($"Submitted task {operation.Id} ({request.Model}{Describe(request)}).");
        var follower = new TaskFollower(connection, _output);
        return await follower.FollowAsync(operation.Id, operation.LastKnownTask?.Status, operation.WaitForCompletionAsync, parseResult.GetValue(_out)!, cancelIfQueued: true, interrupt).ConfigureAwait(false);
    }

    private SeedreamRequest BuildRequest(ParseResult parseResult)
    {
        var request = SeedreamRequest.ForModel(parseResult.GetValue(_model)!).Prompt(parseResult.GetValue(_prompt)!);
        if (parseResult.GetValue(_size) is { } size)
        {
            request.Size(size);
        }

        if (parseResult.GetValue(_resolution) is { } resolution)
        {
            request.Resolution(resolution);
        }

        if (parseResult.GetValue(_count) is int count)
        {
            request.ImageCount(count);
        }

        foreach (var image in parseResult.GetValue(_images) ?? Array.Empty<string>())
        {
            if (!Uri.TryCreate(image, UriKind.Absolute, out var url))
            {
                throw new CommandInputException($"--image '{image}' is not an absolute URL; give a link such as https://example.com/cat.png.");
            }

            request.ReferenceImage(url);
        }

        if (parseResult.GetValue(_webSearch))
        {
            request.WebSearch();
        }

        if (parseResult.GetValue(_format) is { } format)
        {
            request.Extra("output_format", format);
        }

        if (parseResult.GetValue(_watermark) is bool watermark)
        {
            request.Watermark(watermark);
        }

        foreach (var pair in parseResult.GetValue(_extra) ?? Array.Empty<string>())
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? pair.Substring(0, equals).Trim() : string.Empty;
            if (key.Length == 0 || key.Split('.').Any(string.IsNullOrWhiteSpace))
            {
                throw new CommandInputException($"--extra '{pair}' must be KEY=VALUE with a dotted key path inside extra, e.g. --extra response_format=b64_json or --extra optimize_prompt_options.mode=standard.");
            }

            request.Extra(key, pair.Substring(equals + 1));
        }

        // Checked here, before any connection is opened (or the built-in emulator started).
        return SeedreamModelCatalog.Shipped.Validate(request.Build());
    }

    private static string Describe(SeedreamRequest request)
    {
        var parts = new[] { request.Size, request.Resolution, request.ImageCount is int n and > 1 ? n.ToString(CultureInfo.InvariantCulture) + " images" : null }.Where(p => p is not null);
        var text = string.Join(", ", parts);
        return text.Length == 0 ? string.Empty : ", " + text;
    }

    private static string ModelsWith(string path)
    {
        var models = SeedreamModelCatalog.Shipped.All.Where(t => t.Extras.Any(o => o.Path == path)).Select(t => t.Id).ToList();
        return models.Count == 0 ? "no shipped model has it" : string.Join(", ", models) + " only";
    }
}
