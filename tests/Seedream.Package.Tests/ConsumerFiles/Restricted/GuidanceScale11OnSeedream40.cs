using Seedream.Models;

namespace Consumer.Restricted;

internal static class GuidanceScale11OnSeedream40
{
    internal static object Request() => Seedream40.Generate("a lighthouse at dusk").GuidanceScale(11).Build();
}
