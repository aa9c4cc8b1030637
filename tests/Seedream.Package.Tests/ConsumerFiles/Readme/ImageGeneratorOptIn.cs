using Microsoft.Extensions.AI;

namespace Readme;

/// <summary>
/// The README's Microsoft.Extensions.AI line. Its types are experimental (MEAI001, an error by default), so this
/// compiles only with the README's opt-in, which the tests write into Directory.Build.props beside this file.
/// </summary>
internal static class ImageGeneratorOptIn
{
    public static IImageGenerator Create(SeedreamClient client) => new SeedreamImageGenerator(client);
}
