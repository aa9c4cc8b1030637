using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Seedream.Cli.ModelTables;
using Seedream.Cli.Output;

namespace Seedream.Cli.Commands;

/// <summary>
/// The arguments and options of <c>seedream generate</c> as people type them (names in any letter case,
/// <c>jpg</c> for jpeg, yes/no words), and the request they make, normalised to the model table's spelling.
/// </summary>
internal sealed class GenerateOptions
{
    private static readonly Dictionary<string, string> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["png"] = "png",
        ["jpeg"] = "jpeg",
        ["jpg"] = "jpeg",
    };

    private (ParseResult ParseResult, KnownModels Models)? _models;

    /// <summary>Creates the options.</summary>
    public GenerateOptions()
    {
        Prompt.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("The prompt is empty; say what to draw, in quotes: seedream generate \"a cat in a spacesuit\".");
            }
        });
        Model.CompletionSources.Add(KnownModels.Shipped.All.Select(t => t.Id).ToArray());
    }

    /// <summary>What to draw.</summary>
    public Argument<string> Prompt { get; } = new("prompt")
    {
        Description = "What to draw, in Chinese or English, in quotes when it has spaces (each model's recommended length: `seedream models`).",
    };

    /// <summary>The model id, in any letter case; found among the known models (<see cref="Models"/>) when the command runs.</summary>
    public Option<string> Model { get; } = new("--model", "-m")
    {
        HelpName = "ID",
        Description = $"The model: {KnownModels.Shipped.Ids} (any letter case), or one of your own whose table --model-table gives.",
        DefaultValueFactory = _ => KnownModels.Default,
    };

    /// <summary>The project's own model tables.</summary>
    public Option<string[]> ModelTables { get; } = ModelTableOption.Create();

    /// <summary>The aspect ratio.</summary>
    public Option<string?> Size { get; } = new("--size", "-s")
    {
        HelpName = "W:H",
        Description = "Aspect ratio as W:H, e.g. 16:9 (each model's list: `seedream models`). Default: the API's (1:1)",
    };

    /// <summary>The resolution, in any letter case.</summary>
    public Option<string?> Resolution { get; } = new("--resolution", "-r")
    {
        HelpName = "NK",
        Description = "Resolution such as 2K, in any letter case (each model's list: `seedream models`). Default: the API's (2K)",
    };

    /// <summary>How many images.</summary>
    public Option<int?> Count { get; } = new("--count", "-n", "--n")
    {
        HelpName = "COUNT",
        Description = "How many images: a whole number of 1 or more; more than 1 makes an image set (reference images + images: at most 15). Default: 1",
        CustomParser = OptionParsers.WholeNumber("--count", 1),
    };

    /// <summary>Reference images.</summary>
    public Option<Uri[]> Images { get; } = new("--image", "-i")
    {
        HelpName = "URL",
        Description = "A reference image as an http or https link; repeat for multi-image fusion (up to 14).",
        CustomParser = OptionParsers.HttpLinks("--image", "https://example.com/cat.png"),
    };

    /// <summary>Web search.</summary>
    public Option<bool> WebSearch { get; } = new("--web-search")
    {
        Description = "Let the model search the web (extra tools: web_search; " + ModelsWith("tools") + ").",
    };

    /// <summary>The output format, canonical <c>png</c> or <c>jpeg</c>.</summary>
    public Option<string?> Format { get; } = new("--format", "-f")
    {
        HelpName = "png|jpeg",
        Description = "Image format: png or jpeg (jpg is taken for jpeg; any letter case; extra output_format; " + ModelsWith("output_format") + ").",
        CustomParser = OptionParsers.Choice("--format", "png or jpeg (jpg is taken for jpeg)", Formats),
    };

    /// <summary>Whether the provider adds a watermark.</summary>
    public Option<string?> Watermark { get; } = new("--watermark")
    {
        HelpName = "yes|no",
        Description = $"Whether the provider adds a watermark: {YesNo.Forms}. Default: the API's (yes)",
        Arity = ArgumentArity.ExactlyOne,
        CustomParser = OptionParsers.YesOrNo("--watermark"),
    };

    /// <summary>Any other model option inside extra.</summary>
    public Option<string[]> Extra { get; } = new("--extra", "-x")
    {
        HelpName = "KEY=VALUE",
        Description = "Any model option inside extra, as a dotted key path = value, e.g. response_format=b64_json or optimize_prompt_options.mode=standard (each model's: `seedream models`); repeatable.",
    };

    /// <summary>Adds every argument and option to <paramref name="command"/>.</summary>
    /// <param name="command">The generate command.</param>
    public void AddTo(Command command)
    {
        command.Add(Prompt);
        command.Add(Model);
        command.Add(Size);
        command.Add(Resolution);
        command.Add(Count);
        command.Add(Images);
        command.Add(WebSearch);
        command.Add(Format);
        command.Add(Watermark);
        command.Add(Extra);
        command.Add(ModelTables);
    }

    /// <summary>The models the command knows: the shipped ones and those <c>--model-table</c> and <c>SEEDREAM_MODEL_TABLES</c> give, read once per command line.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <exception cref="CommandInputException">A given table cannot be read or has errors.</exception>
    public KnownModels Models(ParseResult parseResult)
    {
        if (_models is not { } read || !ReferenceEquals(read.ParseResult, parseResult))
        {
            read = (parseResult, ModelTableOption.Read(parseResult, ModelTables));
            _models = read;
        }

        return read.Models;
    }

    /// <summary>The model table <c>--model</c> names.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <exception cref="CommandInputException">No known model has that id, or a given table cannot be used.</exception>
    public SeedreamModelTable Table(ParseResult parseResult) => Models(parseResult).Resolve(parseResult.GetValue(Model)!, "--model");

    /// <summary>The request the command line describes, with names in the table's spelling, checked against the model.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <exception cref="CommandInputException">An <c>--extra</c> is not KEY=VALUE, or the model does not accept the request (said with the options the user typed).</exception>
    public SeedreamRequest Request(ParseResult parseResult)
    {
        try
        {
            return Builder(parseResult).Build();
        }
        catch (SeedreamValidationException exception)
        {
            throw new CommandInputException(ValidationWording.Describe(exception, Table(parseResult)));
        }
    }

    private SeedreamRequestBuilder Builder(ParseResult parseResult)
    {
        var table = Table(parseResult);
        var request = SeedreamRequest.ForModel(table).Prompt(parseResult.GetValue(Prompt)!);
        if (parseResult.GetValue(Size) is { } size)
        {
            request.Size(KnownModels.Canonical(table.Sizes, size));
        }

        if (parseResult.GetValue(Resolution) is { } resolution)
        {
            request.Resolution(KnownModels.Canonical(table.Resolutions, resolution));
        }

        if (parseResult.GetValue(Count) is int count)
        {
            request.ImageCount(count);
        }

        foreach (var image in parseResult.GetValue(Images) ?? Array.Empty<Uri>())
        {
            request.ReferenceImage(image);
        }

        if (parseResult.GetValue(WebSearch))
        {
            request.WebSearch();
        }

        if (parseResult.GetValue(Format) is { } format)
        {
            request.Extra("output_format", format);
        }

        if (parseResult.GetValue(Watermark) is { } watermark)
        {
            request.Watermark(bool.Parse(watermark));
        }

        foreach (var pair in parseResult.GetValue(Extra) ?? Array.Empty<string>())
        {
            AddExtra(request, table, pair);
        }

        return request;
    }

    /// <summary>What the request asks for besides the prompt, e.g. <c>seedream-5.0, 16:9, 2K, 3 images</c>.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    public string Describe(ParseResult parseResult)
    {
        var table = Table(parseResult);
        var parts = new[]
        {
            table.Id,
            parseResult.GetValue(Size) is { } size ? KnownModels.Canonical(table.Sizes, size) : null,
            parseResult.GetValue(Resolution) is { } resolution ? KnownModels.Canonical(table.Resolutions, resolution) : null,
            parseResult.GetValue(Count) is int n and > 1 ? n.ToString(CultureInfo.InvariantCulture) + " images" : null,
        };
        return TerminalText.Escape(string.Join(", ", parts.Where(p => p is not null)))!;
    }

    private static void AddExtra(SeedreamRequestBuilder request, SeedreamModelTable table, string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var key = equals > 0 ? pair.Substring(0, equals).Trim() : string.Empty;
        if (key.Length == 0 || key.Split('.').Any(string.IsNullOrWhiteSpace))
        {
            throw new CommandInputException($"--extra '{TerminalText.Escape(pair)}' must be KEY=VALUE with a dotted key path inside extra, e.g. --extra response_format=b64_json or --extra optimize_prompt_options.mode=standard.");
        }

        var value = pair.Substring(equals + 1).Trim();
        var option = table.Extras.FirstOrDefault(o => o.Path == key);
        switch (option?.Kind)
        {
            case SeedreamExtraKind.Bool when YesNo.TryParse(value, out var flag):
                request.Extra(key, flag);
                break;
            case SeedreamExtraKind.Enum:
                request.Extra(key, KnownModels.Canonical(option.Values.Select(v => v.Value), value));
                break;
            default:
                request.Extra(key, value);
                break;
        }
    }

    private static string ModelsWith(string path)
    {
        var models = KnownModels.Shipped.All.Where(t => t.Extras.Any(o => o.Path == path)).Select(t => t.Id).ToList();
        return models.Count == 0 ? "no known model has it" : string.Join(", ", models) + " only";
    }
}
