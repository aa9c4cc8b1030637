using Seedream.Models;

namespace Consumer.Override;

internal static class UsesWebSearchOnSeedream45
{
    internal static object Request() => Seedream45.Generate("今天的新闻头条").WebSearch().Build();
}
