namespace Seedream.Generators.Emitting;

/// <summary>The names of the types and members generated for one model.</summary>
internal static class Names
{
    public static string Builder(string typeName) => typeName + "Builder";

    public static string SizeEnum(string typeName) => typeName + "Size";

    public static string ResolutionEnum(string typeName) => typeName + "Resolution";

    public static string ExtraEnum(string typeName, string extraName) => typeName + extraName;

    public static string WireMethod(string name) => name + "Wire";
}
