namespace Seedream.Generators.Model;

/// <summary>
/// One model table file reduced to what parsing reads: its path, its text and where it comes from. The pipeline
/// compares these by value, so a change of analyzer config options or MSBuild properties that leaves them equal
/// re-parses nothing.
/// </summary>
/// <param name="Path">The file's path, as diagnostics report it.</param>
/// <param name="Text">The file's content.</param>
/// <param name="Source">Shipped in the package, or the project's own.</param>
internal sealed record TableFile(string Path, string Text, TableSource Source);
