using Seedream.Models;

namespace UpstreamGatewayOnly
{
    internal static class GuidanceScaleAtModelArk
    {
        internal static object Request() => Seedream40.Generate("a lighthouse at dusk").GuidanceScale(7.5).Build();
    }
}
