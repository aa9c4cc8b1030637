using Seedream.Models;

namespace Consumer.NewModel;

internal static class UsesSeedream60
{
    internal static object Request() => Seedream60.Generate("a panorama of the Great Wall")
        .Size(Seedream60Size.Ratio8x3)
        .Resolution(Seedream60Resolution.Res6K)
        .Style(Seedream60Style.Sketch)
        .Build();
}
