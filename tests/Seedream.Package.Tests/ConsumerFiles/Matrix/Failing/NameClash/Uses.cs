using Seedream.Models;

namespace NameClash
{
    // Nova and the shipped models still generate when another table's name collides.
    internal static class Uses
    {
        internal static object[] All() => new[] { Nova.Generate("a").Size(NovaSize.Ratio7x3).Build(), Seedream50.Generate("b").Build() };
    }
}
