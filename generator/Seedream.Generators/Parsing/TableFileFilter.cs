using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Seedream.Generators.Parsing;

/// <summary>
/// Decides which additional files are model tables: a file named <c>seedream-*.json</c>, or any file
/// whose item carries <c>SeedreamModelTable="true"</c> (made visible to the compiler with
/// <c>&lt;CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="SeedreamModelTable" /&gt;</c>).
/// </summary>
internal static class TableFileFilter
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.SeedreamModelTable";

    public static bool IsTable(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var name = Path.GetFileName(file.Path);
        if (name.StartsWith("seedream-", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return options.GetOptions(file).TryGetValue(MetadataKey, out var flag)
               && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
    }
}
