using Seedream;
using Seedream.Models;

namespace Upstream
{
    // What the models take at modelark: streaming on 4.5 and 4.0 too, image sets, prompt optimization, tools.
    internal static class Requests
    {
        internal const string Ids = Seedream50.HostId + " " + Seedream45.HostId + " " + Seedream40.HostId;

        internal static SeedreamRequest[] All() => new[]
        {
            Seedream50.Generate("今天的新闻头条").WebSearch().Stream(true).OutputFormat(Seedream50OutputFormat.Png).Build(),
            Seedream45.Generate("a lighthouse at dusk").Stream(true).ImageCount(4).Resolution(Seedream45Resolution.Res4K).Build(),
            Seedream40.Generate("four seasons of one garden").Stream(true).PromptOptimization(Seedream40PromptOptimization.Fast).Watermark(false).Build(),
        };
    }
}
