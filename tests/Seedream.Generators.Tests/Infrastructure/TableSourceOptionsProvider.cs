using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>
/// Analyzer config options as the package's build files write them: every table's item carries
/// <c>SeedreamTableSource</c>, <c>shipped</c> for the package's tables and <c>project</c> for the project's own.
/// </summary>
internal sealed class TableSourceOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, string> _sourceByPath;

    /// <param name="sourceByPath">Each table's path and its source, <c>shipped</c> or <c>project</c>.</param>
    public TableSourceOptionsProvider(IReadOnlyDictionary<string, string> sourceByPath) => _sourceByPath = sourceByPath;

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _sourceByPath.TryGetValue(textFile.Path, out var source)
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedreamTableSource"] = source })
            : GlobalOptions;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
