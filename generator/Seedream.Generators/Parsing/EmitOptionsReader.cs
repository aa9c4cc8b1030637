using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Seedream.Generators.Parsing;

/// <summary>Reads what to emit from the compilation's parse options and the <c>SeedreamGenerateBuilders</c> MSBuild property.</summary>
internal static class EmitOptionsReader
{
    /// <summary>
    /// The MSBuild property, as the compiler sees it once the project declares
    /// <c>&lt;CompilerVisibleProperty Include="SeedreamGenerateBuilders" /&gt;</c>.
    /// </summary>
    public const string GenerateBuildersKey = "build_property.SeedreamGenerateBuilders";

    public static bool GenerateBuilders(AnalyzerConfigOptionsProvider options)
        => !(options.GlobalOptions.TryGetValue(GenerateBuildersKey, out var value) && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the language version has nullable reference types (C# 8); other languages never reach a C# generator.</summary>
    public static bool NullableAnnotations(ParseOptions options)
        => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8;
}
