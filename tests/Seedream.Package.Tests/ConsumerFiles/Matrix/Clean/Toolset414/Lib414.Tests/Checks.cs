using Seedream.Models;

namespace Lib414.Tests
{
    public static class Checks
    {
        public static object[] Both() => new[] { Lib414.Requests.Wide("a"), Seedream40.Generate("b").Build() };
    }
}
