namespace Seedream.Generators.Model;

/// <summary>One parsed table file and where it comes from.</summary>
/// <param name="Parsed">The outcome of parsing the file.</param>
/// <param name="Source">Shipped in the package, or the project's own.</param>
internal sealed record SourcedTable(ParsedTable Parsed, TableSource Source);
