using Seedream.Models;

namespace Consumer.Restricted;

internal static class Resolution4KOnSeedream50
{
    internal static object Request() => Seedream50.Generate("a lighthouse at dusk").Resolution(Seedream50Resolution.Res4K).Build();
}
