using System.Reflection;

namespace Seedream.Generators.Emitting;

/// <summary>The generator's version, and the attributes every generated top-level type carries.</summary>
internal static class GeneratorVersion
{
    public static readonly string Value = typeof(GeneratorVersion).Assembly.GetName().Version?.ToString() ?? "1.0.0.0";

    /// <summary><c>[GeneratedCode]</c> with this version, and <c>[Embedded]</c> where the compiler supports it (see <see cref="EmbeddedAttributeEmitter"/>).</summary>
    public static string Attribute => "[" + KnownNames.GeneratedCode + "(\"Seedream.Generators\", \"" + Value + "\")"
                                      + (EmbeddedAttributeEmitter.Supported ? ", " + EmbeddedAttributeEmitter.Attribute : string.Empty) + "]";
}
