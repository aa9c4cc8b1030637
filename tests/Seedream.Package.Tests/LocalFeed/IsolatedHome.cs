using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Seedream.Testing;

namespace Seedream.Package.Tests.LocalFeed;

/// <summary>
/// A user's home folder of its own, where the README's local-feed steps run as a user would type them: <c>~</c>,
/// the user's NuGet.Config (nuget.org only, no local source), the global tools and the NuGet package cache are all
/// in it. Packages the machine's cache already holds are read from there (a read-only fallback folder), so
/// nothing is downloaded twice and nothing is ever written to the machine's cache. Deleted when disposed.
/// </summary>
internal sealed class IsolatedHome : IDisposable
{
    public IsolatedHome()
    {
        Root = Directory.CreateTempSubdirectory("seedream-home-").FullName;
        Directory.CreateDirectory(Path.Combine(Home, ".nuget", "NuGet"));
        File.WriteAllText(Path.Combine(Home, ".nuget", "NuGet", "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{PackageTestPaths.GlobalPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    /// <summary>The temporary folder that holds the home and anything else the test puts beside it.</summary>
    public string Root { get; }

    /// <summary>The home folder, <c>~</c>.</summary>
    public string Home => Path.Combine(Root, "home");

    /// <summary>Where <c>dotnet tool install -g</c> puts the <c>seedream</c> command.</summary>
    public string GlobalTool(string command) => Path.Combine(Home, ".dotnet", "tools", command);

    /// <summary>Runs <paramref name="script"/> with bash in <paramref name="workingDirectory"/>, with this home.</summary>
    /// <param name="workingDirectory">Where the script starts.</param>
    /// <param name="script">The lines, as typed; the script stops at the first that fails.</param>
    /// <param name="timeout">After this the script's process tree is killed.</param>
    public Task<CommandResult> BashAsync(string workingDirectory, string script, TimeSpan timeout) =>
        DotnetCli.RunProgramAsync("bash", workingDirectory, new[] { "-e", "-c", script }, timeout, Environment());

    /// <summary>Runs a program (e.g. a global tool) with this home.</summary>
    /// <param name="program">The program's path.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="timeout">After this its process tree is killed.</param>
    public Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        DotnetCli.RunProgramAsync(program, Root, arguments, timeout, Environment());

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = Home,
        ["DOTNET_CLI_HOME"] = Home,
        ["NUGET_PACKAGES"] = Path.Combine(Home, ".nuget", "packages"),
    };
}
