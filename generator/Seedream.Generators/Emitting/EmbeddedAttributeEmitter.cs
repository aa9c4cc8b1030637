using System;
using Microsoft.CodeAnalysis;

namespace Seedream.Generators.Emitting;

/// <summary>
/// Declares <c>Microsoft.CodeAnalysis.EmbeddedAttribute</c>, which every generated type carries: the compiler
/// does not import a type so marked from another assembly, so a project that sees this one's internals
/// (<c>InternalsVisibleTo</c>, e.g. its test project) and runs the generator itself has one copy of each
/// generated type, its own, instead of CS0436 on every one. The declaration has no attributes and is
/// <c>partial</c>, as Roslyn's own <c>AddEmbeddedAttributeDefinition</c> writes it, so it merges with the
/// declarations of other generators. Roslyn 4.13 is the first compiler that accepts a declared
/// EmbeddedAttribute in every compilation (dotnet/roslyn#76523: before it, a compilation that needs
/// attributes of the compiler's own embedded reserves the name), so with older compilers nothing is marked.
/// </summary>
internal static class EmbeddedAttributeEmitter
{
    public const string HintName = "Microsoft.CodeAnalysis.EmbeddedAttribute.g.cs";

    /// <summary>Whether the compiler running the generator accepts a declared EmbeddedAttribute (Roslyn 4.13 and later).</summary>
    public static bool Supported { get; } = typeof(Compilation).Assembly.GetName().Version >= new Version(4, 13);

    /// <summary>The attribute as written on a generated type.</summary>
    public const string Attribute = "global::Microsoft.CodeAnalysis.EmbeddedAttribute";

    public static string Emit()
        => KnownNames.FileHeader
           + "\nnamespace Microsoft.CodeAnalysis\n{\n    internal sealed partial class EmbeddedAttribute : global::System.Attribute\n    {\n    }\n}\n";
}
