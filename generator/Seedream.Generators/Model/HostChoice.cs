namespace Seedream.Generators.Model;

/// <summary>The host a project targets, read from its MSBuild property <c>SeedreamHost</c>.</summary>
/// <param name="Host">One of <see cref="Hosts.All"/>; the gateway when the property is empty, absent or not a host.</param>
/// <param name="Unknown">The property's value when it names no host (reported once), else <see langword="null"/>.</param>
internal sealed record HostChoice(string Host, string? Unknown);
