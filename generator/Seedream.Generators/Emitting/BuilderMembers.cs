namespace Seedream.Generators.Emitting;

/// <summary>
/// The members every generated builder has, whatever its table says; they have the names of
/// <c>Seedream.SeedreamRequestBuilder</c>'s methods for the same wire fields. An extra may not take one of these names.
/// </summary>
internal static class BuilderMembers
{
    public const string Size = nameof(Size);
    public const string Resolution = nameof(Resolution);
    public const string ReferenceImage = nameof(ReferenceImage);
    public const string ReferenceImages = nameof(ReferenceImages);
    public const string ImageCount = nameof(ImageCount);
    public const string Watermark = nameof(Watermark);
    public const string CallbackUrl = nameof(CallbackUrl);
    public const string CallbackEvents = nameof(CallbackEvents);
    public const string Build = nameof(Build);

    /// <summary>The entry type's method that starts a builder.</summary>
    public const string Generate = nameof(Generate);

    /// <summary>The entry type's constant holding the model's id at the targeted host.</summary>
    public const string HostId = nameof(HostId);

    /// <summary>The common members, in the order they are generated.</summary>
    public static readonly string[] Common = { Size, Resolution, ReferenceImage, ReferenceImages, ImageCount, Watermark, CallbackUrl, CallbackEvents, Build };
}
