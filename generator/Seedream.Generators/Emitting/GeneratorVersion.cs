using System.Reflection;

namespace Seedream.Generators.Emitting;

/// <summary>The generator's version, written into <c>[GeneratedCode]</c> attributes.</summary>
internal static class GeneratorVersion
{
    public static readonly string Value = typeof(GeneratorVersion).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    public static string Attribute => "[" + KnownNames.GeneratedCode + "(\"Seedream.Generators\", \"" + Value + "\")]";
}
