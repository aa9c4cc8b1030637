using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Seedream.Testing;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process, as a developer would in a terminal. Build servers
/// are off (no MSBuild node, compiler server or Razor server outlives the test), and the MSBuild
/// variables the test host inherited from <c>dotnet test</c> are removed so the child picks its own SDK.
/// </summary>
public static class DotnetCli
{
    private static readonly string[] InheritedMSBuildVariables =
    {
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "DOTNET_HOST_PATH",
    };

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">Where the command runs.</param>
    /// <param name="arguments">The arguments after <c>dotnet</c>.</param>
    /// <param name="timeout">After this the process tree is killed and the command fails with <see cref="TimeoutException"/>.</param>
    /// <param name="environment">Variables to set for the child, beside the test's own.</param>
    public static Task<CommandResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
        => RunProgramAsync("dotnet", workingDirectory, arguments, timeout, environment);

    /// <summary>
    /// Runs <paramref name="fileName"/>, e.g. <c>bash</c> with a script that calls <c>dotnet</c> itself, with the
    /// environment <see cref="RunAsync"/> gives <c>dotnet</c>.
    /// </summary>
    /// <param name="fileName">The program.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="timeout">After this the process tree is killed and the command fails with <see cref="TimeoutException"/>.</param>
    /// <param name="environment">Variables to set for the child, beside the test's own.</param>
    public static Task<CommandResult> RunProgramAsync(
        string fileName,
        string workingDirectory,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = ProcessRunner.Prepare(fileName, arguments, workingDirectory);
        foreach (var name in InheritedMSBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return ProcessRunner.RunAsync(start, timeout);
    }
}
