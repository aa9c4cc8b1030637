using Seedream.Models;

namespace Consumer.Restricted;

internal static class WebSearchOnSeedream45
{
    internal static object Request() => Seedream45.Generate("今天的新闻头条").WebSearch().Build();
}
