namespace Seedream.Cli.ModelTables;

/// <summary>A model table given to a command, checked, with the file it came from.</summary>
/// <param name="Table">The table.</param>
/// <param name="Path">The file, as given (or found in a given folder).</param>
/// <param name="Text">The file's text, which <c>seedream models --new ID --from</c> copies.</param>
internal sealed record GivenTable(SeedreamModelTable Table, string Path, string Text);
