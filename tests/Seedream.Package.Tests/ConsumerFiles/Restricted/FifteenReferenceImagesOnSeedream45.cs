using Seedream.Models;

namespace Consumer.Restricted;

internal static class FifteenReferenceImagesOnSeedream45
{
    internal static object Request() => Seedream45.Generate("merge these")
        .ReferenceImages(
            "https://example.com/1.png", "https://example.com/2.png", "https://example.com/3.png",
            "https://example.com/4.png", "https://example.com/5.png", "https://example.com/6.png",
            "https://example.com/7.png", "https://example.com/8.png", "https://example.com/9.png",
            "https://example.com/10.png", "https://example.com/11.png", "https://example.com/12.png",
            "https://example.com/13.png", "https://example.com/14.png", "https://example.com/15.png")
        .Build();
}
