using Seedream.Models;

namespace OverrideCase
{
    // Compiles only when the project's seedream-4.5 table, which adds web search, replaced the shipped one.
    internal static class UsesWebSearch
    {
        internal static object Request() => Seedream45.Generate("today's headlines").WebSearch().Build();

        internal static int ProjectTables() => SeedreamProjectModels.Tables.Count;
    }
}
