namespace Seedream.Transport.ModelArk;

/// <summary>
/// One event of the upstream images API's stream, read from its <c>data:</c> JSON by
/// <see cref="ImageStreamEvents.Read"/>: <see cref="ImagePartialSucceededEvent"/>,
/// <see cref="ImagePartialFailedEvent"/>, <see cref="ImageGenerationCompletedEvent"/> or <see cref="StreamErrorEvent"/>.
/// </summary>
internal interface IImageStreamEvent
{
}

internal partial class ImagePartialSucceededEvent : IImageStreamEvent
{
}

internal partial class ImagePartialFailedEvent : IImageStreamEvent
{
}

internal partial class ImageGenerationCompletedEvent : IImageStreamEvent
{
}

internal partial class StreamErrorEvent : IImageStreamEvent
{
}
