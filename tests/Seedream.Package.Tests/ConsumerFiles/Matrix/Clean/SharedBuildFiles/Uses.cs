using Seedream.Models;

namespace SharedBuildFiles
{
    internal static class Uses
    {
        internal static object NewModel() => Seedream60.Generate("a panorama").Size(Seedream60Size.Ratio7x3).Build();

        internal static object Override() => Seedream45.Generate("today's headlines").WebSearch().Build();
    }
}
