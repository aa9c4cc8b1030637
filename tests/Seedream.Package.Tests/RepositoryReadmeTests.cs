using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Seedream.Testing;
using Seedream.Testing.Readme;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>The repository's README leads to every other README, and its client sample is the client's default.</summary>
public sealed class RepositoryReadmeTests
{
    [Fact]
    public void MainReadme_LinksTheReadmeOfEveryComponent()
    {
        var readmes = new[] { "generator", "runtime", "spec" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryPaths.Of(folder), "README.md", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal));

        Assert.All(readmes, path => Assert.Contains($"]({path})", ReadmeDocument.Main.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ClientSample_NamesTheBaseUrl_AsTheClientsDefault()
    {
        var sample = ReadmeDocument.Main.Section("## The client").Blocks("csharp")[0];

        var baseUrl = Regex.Match(sample, "BaseUrl = new Uri\\(\"(?<url>[^\"]+)\"\\)");
        Assert.True(baseUrl.Success, "The client sample does not set BaseUrl.");
        Assert.Equal(SeedreamClientOptions.DefaultBaseUrl, new Uri(baseUrl.Groups["url"].Value));
    }
}
