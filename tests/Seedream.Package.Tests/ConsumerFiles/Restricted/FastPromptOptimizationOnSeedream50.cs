using Seedream.Models;

namespace Consumer.Restricted;

internal static class FastPromptOptimizationOnSeedream50
{
    internal static object Request() => Seedream50.Generate("a lighthouse at dusk").PromptOptimization(Seedream50PromptOptimization.Fast).Build();
}
