using System;
using System.Linq;

namespace Seedream.Generators.Model;

/// <summary>
/// The hosts that serve Seedream models, by the names the tables and the MSBuild property <c>SeedreamHost</c> use
/// (the providers' images API documentation, as spec/modelark-images.openapi.json records it): the gateway's task API, and the upstream images API of BytePlus ModelArk
/// and of Volcengine Ark.
/// </summary>
internal static class Hosts
{
    /// <summary>The gateway's task API (<c>POST /v1/tasks</c>, then poll or a webhook): every table's <c>id</c> is its id there.</summary>
    public const string Gateway = "gateway";

    /// <summary>BytePlus ModelArk, international: the synchronous images API at <c>https://ark.ap-southeast.bytepluses.com/api/v3</c>.</summary>
    public const string ModelArk = "modelark";

    /// <summary>Volcengine Ark, China: the same images API at <c>https://ark.cn-beijing.volces.com/api/v3</c>.</summary>
    public const string Volcengine = "volcengine";

    /// <summary>Every host, in the order messages list them.</summary>
    public static readonly string[] All = { Gateway, ModelArk, Volcengine };

    /// <summary>The host a table may name besides the gateway, whose id is the table's own.</summary>
    public static readonly string[] Upstream = { ModelArk, Volcengine };

    /// <summary>The host named <paramref name="text"/> (any case, surrounding blanks ignored), or <see langword="null"/>.</summary>
    public static string? Find(string text) => All.FirstOrDefault(host => string.Equals(host, text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The host's name and what it is, as messages and docs say it, e.g. <c>modelark (BytePlus ModelArk)</c>.</summary>
    public static string Describe(string host) => host switch
    {
        Gateway => "gateway (the task API, /v1/tasks)",
        ModelArk => "modelark (BytePlus ModelArk)",
        Volcengine => "volcengine (Volcengine Ark)",
        _ => host,
    };
}
