using System;

namespace Seedream.Emulator;

/// <summary>
/// How the emulated upstream images API (<c>POST /api/v3/images/generations</c>, BytePlus ModelArk / Volcengine Ark) makes
/// its images: how long each takes, which model an endpoint id stands for, and how often images, sets and prompts fail.
/// The outcomes are drawn per request from a generator seeded with <see cref="EmulatorOptions.Seed"/>, so a run can be
/// reproduced.
/// </summary>
public sealed class ModelArkOptions
{
    /// <summary>The model id an endpoint id stands for when <see cref="EndpointModel"/> is not set.</summary>
    public const string DefaultEndpointModel = "seedream-5-0-260128";

    /// <summary>
    /// How long each image of a request takes, by the emulator's clock: image <c>i</c> (0-based) is ready
    /// (<c>i</c> + 1) x this after the request was accepted. A stream sends each image as it is ready; a JSON answer
    /// comes when the last one is. Default 1 second.
    /// </summary>
    public TimeSpan ImageDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The upstream model id every endpoint id (<c>model</c> starting with <c>ep-</c>) stands for, as an endpoint an
    /// account created for one model; answers name this model. One of the ids the emulator knows (see the README).
    /// Default <see cref="DefaultEndpointModel"/>.
    /// </summary>
    public string EndpointModel { get; set; } = DefaultEndpointModel;

    /// <summary>
    /// Share of requests, from 0 to 1, refused before any image is made because of their prompt: 400
    /// <c>InputTextSensitiveContentDetected</c>.
    /// </summary>
    public double RejectedPromptRate { get; set; }

    /// <summary>
    /// Share of images, from 0 to 1, refused by the content policy once made (<c>OutputImageSensitiveContentDetected</c>):
    /// the image's entry in <c>data</c>, or its <c>image_generation.partial_failed</c> event, carries the error instead,
    /// and the set goes on. A request whose every image is refused answers the top-level <c>error</c> too.
    /// </summary>
    public double RejectedImageRate { get; set; }

    /// <summary>
    /// Share of requests, from 0 to 1, that meet an internal error (<c>InternalServiceError</c>) which stops their set: the
    /// image at index n / 2 (rounded down, of the n to be made) fails with it, the images before it are answered, and
    /// none after it is made. For a single image, no image is made.
    /// </summary>
    public double InternalErrorRate { get; set; }

    /// <summary>
    /// Share of image sets (<c>sequential_image_generation: auto</c> with a ceiling of 2 or more), from 0 to 1, made with
    /// fewer images than <c>max_images</c>: from 1 to one below the ceiling, drawn. The others make exactly
    /// <c>max_images</c>.
    /// </summary>
    public double FewerImagesRate { get; set; }
}
