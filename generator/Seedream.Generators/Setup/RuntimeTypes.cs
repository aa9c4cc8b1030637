using Microsoft.CodeAnalysis;

namespace Seedream.Generators.Setup;

/// <summary>
/// Whether the compilation sees the client types the generated code uses. A project that gets the package
/// without its compile assets (GlobalPackageReference, or IncludeAssets without <c>compile</c>) runs the
/// generator but lacks the client: then nothing is generated and one error says how to reference the package.
/// </summary>
internal static class RuntimeTypes
{
    public const string ModelTableMetadataName = "Seedream.SeedreamModelTable";

    public static bool AreReferenced(Compilation compilation) => compilation.GetTypeByMetadataName(ModelTableMetadataName) is not null;
}
