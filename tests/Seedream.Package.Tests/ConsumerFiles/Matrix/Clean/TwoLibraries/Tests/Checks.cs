using Seedream.Models;

namespace TwoLibraries.Tests
{
    // Sees the internals of two libraries that both generate Seedream50.
    public static class Checks
    {
        public static object[] All() => new[] { First.Requests.Wide("a"), Second.Requests.Wide("b"), Seedream50.Generate("c").Build() };
    }
}
