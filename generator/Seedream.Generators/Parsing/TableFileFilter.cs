using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>
/// Decides which additional files are model tables and where each comes from. The package's build files
/// give every table they hand to the compiler a <c>SeedreamTableSource</c> metadata of <c>shipped</c> or
/// <c>project</c> (made visible with <c>CompilerVisibleItemMetadata</c>); a file without it is a project
/// table when it is named <c>seedream-*.json</c> or its item carries <c>SeedreamModelTable="true"</c>.
/// </summary>
internal static class TableFileFilter
{
    public const string SourceMetadataKey = "build_metadata.AdditionalFiles.SeedreamTableSource";
    public const string MarkerMetadataKey = "build_metadata.AdditionalFiles.SeedreamModelTable";
    public const string ShippedValue = "shipped";
    public const string ProjectValue = "project";

    public static bool IsTable(AdditionalText file, AnalyzerConfigOptionsProvider options) => SourceOf(file, options) is not null;

    /// <summary>
    /// <paramref name="file"/> reduced to its path, text and source, or <see langword="null"/> when it is not a model
    /// table. A file the host cannot read has empty text, which parsing reports.
    /// </summary>
    public static TableFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        => SourceOf(file, options) is TableSource source
            ? new TableFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty, source)
            : null;

    /// <summary>Where <paramref name="file"/> comes from, or <see langword="null"/> when it is not a model table.</summary>
    public static TableSource? SourceOf(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var metadata = options.GetOptions(file);
        if (metadata.TryGetValue(SourceMetadataKey, out var source))
        {
            if (string.Equals(source, ShippedValue, StringComparison.OrdinalIgnoreCase))
            {
                return TableSource.Shipped;
            }

            if (string.Equals(source, ProjectValue, StringComparison.OrdinalIgnoreCase))
            {
                return TableSource.Project;
            }
        }

        var name = Path.GetFileName(file.Path);
        if (name.StartsWith("seedream-", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return TableSource.Project;
        }

        return metadata.TryGetValue(MarkerMetadataKey, out var flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase)
            ? TableSource.Project
            : null;
    }
}
