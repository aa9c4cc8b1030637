namespace Seedream.Generators.Model;

/// <summary>The outcome of parsing one table file.</summary>
/// <param name="FilePath">The table's path; tables are ordered by it so that "the original" of a duplicate is stable.</param>
/// <param name="Table">The table, or <see langword="null"/> when it has errors.</param>
/// <param name="IdLocation">Where the model id is written (for duplicate diagnostics).</param>
/// <param name="TypeNameLocation">Where the type name is written (for duplicate diagnostics).</param>
/// <param name="Diagnostics">What is wrong with the file.</param>
internal sealed record ParsedTable(
    string FilePath,
    ModelTableSpec? Table,
    LocationInfo? IdLocation,
    LocationInfo? TypeNameLocation,
    EquatableArray<DiagnosticInfo> Diagnostics);
