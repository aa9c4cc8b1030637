using Seedream.Models;

namespace Second
{
    internal static class Requests
    {
        internal static object Wide(string prompt) => Seedream50.Generate(prompt).Size(Seedream50Size.Ratio16x9).Build();
    }
}
