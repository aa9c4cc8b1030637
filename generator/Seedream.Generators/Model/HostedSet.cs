namespace Seedream.Generators.Model;

/// <summary>The accepted tables of a compilation as the host it targets serves them.</summary>
/// <param name="Host">The targeted host.</param>
/// <param name="Accepted">The models the host serves, ordered by file path.</param>
/// <param name="ProjectTypeNames">The type names of those that are the project's own, ordered by file path.</param>
/// <param name="Diagnostics">One warning per accepted table the host does not serve (it generates nothing).</param>
internal sealed record HostedSet(
    string Host,
    EquatableArray<HostedTable> Accepted,
    EquatableArray<string> ProjectTypeNames,
    EquatableArray<DiagnosticInfo> Diagnostics);
