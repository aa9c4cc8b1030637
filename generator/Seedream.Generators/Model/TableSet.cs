namespace Seedream.Generators.Model;

/// <summary>All the compilation's tables after the winner of each model id was chosen and conflicts were set aside.</summary>
/// <param name="Accepted">The tables that generate code, ordered by file path.</param>
/// <param name="ProjectTypeNames">The type names of the accepted tables that are the project's own (not shipped), ordered by file path.</param>
/// <param name="Diagnostics">One diagnostic per table set aside.</param>
internal sealed record TableSet(
    EquatableArray<ModelTableSpec> Accepted,
    EquatableArray<string> ProjectTypeNames,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>No tables: what a compilation that does not see the client gets.</summary>
    public static TableSet Empty { get; } = new(EquatableArray<ModelTableSpec>.Empty, EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}
