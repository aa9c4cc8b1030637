using Newtonsoft.Json;

namespace Seedream.Transport;

/// <summary>The NSwag-generated HTTP transport of the task API, reading with <see cref="SeedreamJson"/>'s tolerant settings.</summary>
internal partial class SeedreamTasksClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings) => SeedreamJson.Configure(settings);
}
