using System;
using System.Collections.Generic;

namespace Seedream.Emulator;

/// <summary>A create request that passed validation, with the model's defaults filled in.</summary>
/// <param name="Model">The model table the request was checked against.</param>
/// <param name="Action">The action, <c>generate</c>.</param>
/// <param name="Prompt">The prompt.</param>
/// <param name="Size">The aspect ratio (1:1, or the model's first, when none was given).</param>
/// <param name="Resolution">The resolution (2K, or the model's first, when none was given).</param>
/// <param name="ImageUrls">The reference images.</param>
/// <param name="N">How many images to generate.</param>
/// <param name="CallbackUrl">Where to deliver the finished task, if anywhere.</param>
/// <param name="OutputFormat">PNG or JPEG, from <c>extra.output_format</c>.</param>
/// <param name="Base64">Whether <c>extra.response_format</c> asked for <c>b64_json</c> instead of links.</param>
internal sealed record ValidatedRequest(
    SeedreamModelTable Model,
    string Action,
    string Prompt,
    string Size,
    string Resolution,
    IReadOnlyList<string> ImageUrls,
    int N,
    Uri? CallbackUrl,
    ImageFormat OutputFormat,
    bool Base64);
