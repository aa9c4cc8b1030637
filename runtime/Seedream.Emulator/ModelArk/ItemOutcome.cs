namespace Seedream.Emulator;

/// <summary>What became of one image of an upstream request.</summary>
internal enum ItemOutcome
{
    /// <summary>The image was made and is answered.</summary>
    Made,

    /// <summary>The image was refused by the content policy (<c>OutputImageSensitiveContentDetected</c>); the set goes on.</summary>
    Rejected,

    /// <summary>An internal error (<c>InternalServiceError</c>) failed the image and stopped the set.</summary>
    InternalError,
}
