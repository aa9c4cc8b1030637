namespace Seedream.Generators.Model;

/// <summary>One emitted name.</summary>
/// <param name="Kind"><c>type</c> or <c>file</c> (a hint name).</param>
/// <param name="Name">The name as emitted.</param>
/// <param name="Role">What the name is, for messages, e.g. <c>its size enum</c>.</param>
internal sealed record GeneratedName(string Kind, string Name, string Role);
