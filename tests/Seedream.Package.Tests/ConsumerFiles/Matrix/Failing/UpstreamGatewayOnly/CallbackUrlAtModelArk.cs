using Seedream.Models;

namespace UpstreamGatewayOnly
{
    internal static class CallbackUrlAtModelArk
    {
        internal static object Request() => Seedream50.Generate("a lighthouse at dusk").CallbackUrl("https://example.com/hook").Build();
    }
}
