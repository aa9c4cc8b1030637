namespace Seedream.Generators;

/// <summary>The names of the generator's pipeline steps, read back by the incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>Every additional file with its analyzer config options (item metadata).</summary>
    public const string AdditionalFilesWithOptions = nameof(AdditionalFilesWithOptions);

    /// <summary>Each model table file reduced to its path, text and source: what parsing reads, compared by value.</summary>
    public const string TableFiles = nameof(TableFiles);

    /// <summary>Each table file parsed into a table or diagnostics.</summary>
    public const string ParsedTables = nameof(ParsedTables);

    /// <summary>Every parsed table, gathered to find duplicates.</summary>
    public const string CollectedTables = nameof(CollectedTables);

    /// <summary>All tables after duplicate ids and type names were set aside.</summary>
    public const string TableSet = nameof(TableSet);

    /// <summary>The host the project targets (the <c>SeedreamHost</c> MSBuild property).</summary>
    public const string HostChoice = nameof(HostChoice);

    /// <summary>The accepted tables as the targeted host serves them.</summary>
    public const string HostedSet = nameof(HostedSet);

    /// <summary>Warnings about tables the targeted host does not serve.</summary>
    public const string HostDiagnostics = nameof(HostDiagnostics);

    /// <summary>Each model the targeted host serves.</summary>
    public const string AcceptedTables = nameof(AcceptedTables);

    /// <summary>Builders or tables only, and whether the language version has nullable annotations.</summary>
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>Each table with the emit options: what one model's file is made from.</summary>
    public const string ModelSources = nameof(ModelSources);

    /// <summary>The type names that make up <c>SeedreamModelTables.All</c>.</summary>
    public const string CatalogTypeNames = nameof(CatalogTypeNames);

    /// <summary>The catalog's type names with the emit options.</summary>
    public const string CatalogWithEmitOptions = nameof(CatalogWithEmitOptions);

    /// <summary>Diagnostics of one table file.</summary>
    public const string TableDiagnostics = nameof(TableDiagnostics);

    /// <summary>Diagnostics about duplicates across tables.</summary>
    public const string DuplicateDiagnostics = nameof(DuplicateDiagnostics);

    /// <summary>Whether the compilation sees the client types the generated code uses.</summary>
    public const string RuntimeTypes = nameof(RuntimeTypes);

    /// <summary>The type names that make up <c>SeedreamProjectModels.Tables</c>.</summary>
    public const string ProjectTypeNames = nameof(ProjectTypeNames);
}
