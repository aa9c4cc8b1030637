using System;
using System.IO;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>
/// A small consumer project in a temporary folder, outside the repository: it references the built
/// generator as an analyzer, the client stub (compiled into Seedream.Client.dll beside it) and the shipped
/// tables as additional files, as a user's project does. It is restored once and built twice: with valid code, then with invalid code.
/// </summary>
public sealed class ConsumerProjectFixture : IAsyncLifetime
{

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedream-consumer-" + Guid.NewGuid().ToString("N"));

    public CommandResult ValidBuild { get; private set; } = null!;

    public CommandResult InvalidBuild { get; private set; } = null!;

    public const string ValidCode = """
        using Seedream.Models;

        namespace Consumer;

        public static class Requests
        {
            public static Seedream.SeedreamRequest Seed()
                => Seedream50.Generate("一只柴犬穿宇航服站在月球上").Size(Seedream50Size.Ratio16x9).Resolution(Seedream50Resolution.Res2K).Watermark(false).WebSearch().Build();
        }
        """;

    public const string InvalidCode = """
        using Seedream.Models;

        namespace Consumer;

        public static class Requests
        {
            public static Seedream.SeedreamRequest WebSearch()
                => Seedream45.Generate("a cat").WebSearch().Build();

            public static Seedream.SeedreamRequest Guidance()
                => Seedream40.Generate("a cat").GuidanceScale(11).Build();
        }
        """;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var client = Path.Combine(_directory, "lib", "Seedream.Client.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(client)!);
        await File.WriteAllBytesAsync(client, await TestReferences.ClientBytesAsync());
        var project = Path.Combine(_directory, "Consumer.csproj");
        await File.WriteAllTextAsync(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{typeof(SeedreamModelGenerator).Assembly.Location}" />
                <Reference Include="{client}" />
                <AdditionalFiles Include="{Path.Combine(RepositoryPaths.Root, "spec", "models")}/*.json" />
              </ItemGroup>
            </Project>
            """);
        var source = Path.Combine(_directory, "Requests.cs");
        await File.WriteAllTextAsync(source, ValidCode);
        ValidBuild = await DotnetCli.RunAsync(_directory, new[] { "build", project, "-nologo", "-nodeReuse:false" }, ProcessRunner.HangGuard);
        await File.WriteAllTextAsync(source, InvalidCode);
        InvalidBuild = await DotnetCli.RunAsync(_directory, new[] { "build", project, "-nologo", "-nodeReuse:false", "--no-restore" }, ProcessRunner.HangGuard);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
