namespace Seedream.Generators.Model;

/// <summary>All the compilation's tables after duplicates were set aside.</summary>
/// <param name="Accepted">The tables that generate code, ordered by file path.</param>
/// <param name="Diagnostics">One diagnostic per duplicate model id or type name.</param>
internal sealed record TableSet(EquatableArray<ModelTableSpec> Accepted, EquatableArray<DiagnosticInfo> Diagnostics);
