namespace Seedream;

/// <summary>
/// Where the Seedream models are called (<see cref="SeedreamClientOptions.Host"/>); each host has its own default
/// address and its own model ids (<see cref="SeedreamModelTable.Hosts"/>), and a request is built once for all of them.
/// </summary>
public enum SeedreamHost
{
    /// <summary>The gateway's task API (<c>POST /v1/tasks</c>, then polling or a webhook), at <c>https://qingbo.dev/</c>.</summary>
    Gateway,

    /// <summary>BytePlus ModelArk (international): the synchronous images API (<c>POST /images/generations</c>), at <c>https://ark.ap-southeast.bytepluses.com/api/v3</c>.</summary>
    ModelArk,

    /// <summary>Volcengine Ark (China): the same images API, at <c>https://ark.cn-beijing.volces.com/api/v3</c>.</summary>
    Volcengine,
}
