using System.IO;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Refit;
using Seedream.Transport;

namespace Seedream.Client.Benchmarks;

/// <summary>Lets Refit read with the same Newtonsoft settings as the other two contenders, so only the client layers differ.</summary>
internal sealed class NewtonsoftRefitSerializer : IHttpContentSerializer
{
    private readonly JsonSerializer _serializer = JsonSerializer.Create(SeedreamJson.CreateSettings());

    public HttpContent ToHttpContent<T>(T item)
    {
        using var writer = new StringWriter();
        _serializer.Serialize(writer, item);
        return new StringContent(writer.ToString(), Encoding.UTF8, "application/json");
    }

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new JsonTextReader(new StreamReader(stream));
        return _serializer.Deserialize<T>(reader);
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) =>
        propertyInfo.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName;
}
