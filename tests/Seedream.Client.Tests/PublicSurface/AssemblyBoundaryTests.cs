using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace Seedream.Client.Tests.PublicSurface;

/// <summary>Shipped assemblies version apart: what they share is source (runtime/Shared), never the client's internals.</summary>
public class AssemblyBoundaryTests
{
    [Fact]
    public void OnlyTestAssemblies_SeeTheClientsInternals()
    {
        var friends = typeof(SeedreamClient).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.NotEmpty(friends);
        Assert.All(friends, name => Assert.True(name.EndsWith(".Tests") || name is "Seedream.Soak" or "Seedream.Client.Benchmarks", name + " is not a test assembly."));
    }
}
