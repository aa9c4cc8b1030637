using Seedream.Models;

namespace Legacy
{
    public static class Requests
    {
        public static object Sized(string prompt)
        {
            return Seedream40.Generate(prompt).Size(Seedream40Size.Ratio4x3).Resolution(Seedream40Resolution.Res2K).Build();
        }
    }
}
