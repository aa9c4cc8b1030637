using Seedream.Models;

namespace Strict
{
    /// <summary>Requests of a project that turns every analyzer on.</summary>
    public static class Requests
    {
        /// <summary>A wide request.</summary>
        /// <param name="prompt">The prompt.</param>
        /// <returns>The request.</returns>
        public static object Wide(string prompt) => Seedream50.Generate(prompt).Size(Seedream50Size.Ratio16x9).Build();
    }
}
