using Microsoft.CodeAnalysis.Diagnostics;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>Reads the host a project targets from the <c>SeedreamHost</c> MSBuild property.</summary>
internal static class HostChoiceReader
{
    /// <summary>
    /// The MSBuild property, as the compiler sees it once the project declares
    /// <c>&lt;CompilerVisibleProperty Include="SeedreamHost" /&gt;</c> (the package's build props do).
    /// </summary>
    public const string HostKey = "build_property.SeedreamHost";

    public static HostChoice Read(AnalyzerConfigOptionsProvider options)
    {
        if (!options.GlobalOptions.TryGetValue(HostKey, out var value) || value.Trim().Length == 0)
        {
            return new HostChoice(Hosts.Gateway, null);
        }

        return Hosts.Find(value) is { } host ? new HostChoice(host, null) : new HostChoice(Hosts.Gateway, value.Trim());
    }
}
