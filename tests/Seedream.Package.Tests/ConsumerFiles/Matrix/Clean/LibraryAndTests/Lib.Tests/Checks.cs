using Seedream.Models;

namespace Lib.Tests
{
    // Sees the library's internals and generates builders of its own: one copy of each generated type.
    public static class Checks
    {
        public static object[] Both() => new[] { Lib.Requests.Wide("a"), Seedream45.Generate("b").Size(Seedream45Size.Ratio1x1).Build() };
    }
}
