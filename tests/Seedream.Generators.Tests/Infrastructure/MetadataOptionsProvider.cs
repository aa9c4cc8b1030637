using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>Analyzer config options that give chosen additional files <c>build_metadata.AdditionalFiles.SeedreamModelTable = true</c>, and chosen global options.</summary>
internal sealed class MetadataOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly HashSet<string> _tablePaths;

    public MetadataOptionsProvider(params string[] tablePaths)
        : this(new Dictionary<string, string>(), tablePaths)
    {
    }

    /// <param name="globalOptions">MSBuild properties as the compiler sees them, e.g. <c>build_property.SeedreamGenerateBuilders</c>.</param>
    /// <param name="tablePaths">The additional files flagged as tables.</param>
    public MetadataOptionsProvider(Dictionary<string, string> globalOptions, params string[] tablePaths)
    {
        _tablePaths = new HashSet<string>(tablePaths);
        GlobalOptions = new Options(globalOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _tablePaths.Contains(textFile.Path)
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedreamModelTable"] = "true" })
            : GlobalOptions;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
