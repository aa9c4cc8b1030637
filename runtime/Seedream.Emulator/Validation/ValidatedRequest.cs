using System;

namespace Seedream.Emulator;

/// <summary>
/// What a task keeps of a create request that passed validation, with the model's defaults filled in: only what its
/// answers, images and webhook need. The prompt is kept as its digest and the reference images not at all, so a task
/// holds a few hundred bytes however long the request was.
/// </summary>
/// <param name="Model">The model table the request was checked against.</param>
/// <param name="Action">The action, <c>generate</c>.</param>
/// <param name="PromptDigest">The prompt's <see cref="PromptImageRenderer.Digest"/>, which its images are painted from.</param>
/// <param name="Size">The aspect ratio (1:1, or the model's first, when none was given).</param>
/// <param name="Resolution">The resolution (2K, or the model's first, when none was given).</param>
/// <param name="N">How many images to generate.</param>
/// <param name="CallbackUrl">Where to deliver the finished task, if anywhere.</param>
/// <param name="OutputFormat">PNG or JPEG, from <c>extra.output_format</c>.</param>
/// <param name="Base64">Whether <c>extra.response_format</c> asked for <c>b64_json</c> instead of links.</param>
internal sealed record ValidatedRequest(
    SeedreamModelTable Model,
    string Action,
    byte[] PromptDigest,
    string Size,
    string Resolution,
    int N,
    Uri? CallbackUrl,
    ImageFormat OutputFormat,
    bool Base64);
