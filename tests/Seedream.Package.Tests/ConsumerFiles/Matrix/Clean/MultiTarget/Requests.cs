using Seedream.Models;

namespace MultiTarget
{
    public static class Requests
    {
        public static object Square(string prompt) => Seedream45.Generate(prompt).Size(Seedream45Size.Ratio1x1).Build();
    }
}
