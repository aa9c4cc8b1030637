using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Seedream.Emulator;

/// <summary>
/// Decides what an accepted upstream request makes, by the rates of <see cref="ModelArkOptions"/>, drawn from a generator
/// seeded with <see cref="EmulatorOptions.Seed"/>: whether its prompt is refused, how many images a set makes, whether an
/// internal error stops it, which images the content policy refuses, and the file names of the images made.
/// </summary>
internal sealed class GenerationPlanner
{
    private readonly EmulatorOptions _options;
    private readonly Random _random;
    private readonly Lock _gate = new();

    /// <summary>Creates the planner.</summary>
    /// <param name="options">The emulator's options.</param>
    public GenerationPlanner(EmulatorOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
    }

    /// <summary>Plans what <paramref name="request"/> makes.</summary>
    /// <param name="request">The validated request.</param>
    /// <param name="acceptedAt">When it was accepted: its schedule starts there.</param>
    /// <exception cref="ArkRequestException">The prompt is refused (<c>InputTextSensitiveContentDetected</c>, by <see cref="ModelArkOptions.RejectedPromptRate"/>).</exception>
    public Generation Plan(ValidatedGeneration request, DateTimeOffset acceptedAt)
    {
        var rates = _options.ModelArk;
        var (width, height) = PixelSizeTable.ScaleDown(request.Size.Width, request.Size.Height, _options.ImageScaleDown);
        var extension = ImageEncoder.Extension(request.OutputFormat);
        var items = new List<GeneratedItem>(request.MaxImages);
        lock (_gate)
        {
            if (_random.NextDouble() < rates.RejectedPromptRate)
            {
                throw new ArkRequestException(
                    "InputTextSensitiveContentDetected",
                    "prompt",
                    "The request failed because the input text may contain sensitive information (refused by the emulator, EmulatorOptions.ModelArk.RejectedPromptRate).");
            }

            var count = request.MaxImages;
            if (request.IsSet && count >= 2 && _random.NextDouble() < rates.FewerImagesRate)
            {
                count = _random.Next(1, count);
            }

            int? stopsAt = _random.NextDouble() < rates.InternalErrorRate ? count / 2 : null;
            for (var index = 0; index < count && (stopsAt is null || index <= stopsAt); index++)
            {
                if (index == stopsAt)
                {
                    items.Add(new GeneratedItem(index, ItemOutcome.InternalError, null));
                }
                else if (_random.NextDouble() < rates.RejectedImageRate)
                {
                    items.Add(new GeneratedItem(index, ItemOutcome.Rejected, null));
                }
                else
                {
                    var fileName = string.Create(CultureInfo.InvariantCulture, $"ark{_random.NextInt64():x16}-{index}.{extension}");
                    var image = new PlannedImage(index, fileName, fails: false, width, height, request.PromptDigest, request.OutputFormat);
                    items.Add(new GeneratedItem(index, ItemOutcome.Made, image));
                }
            }
        }

        return new Generation(request, acceptedAt, rates.ImageDuration, items, _options.LinkLifetime);
    }
}
