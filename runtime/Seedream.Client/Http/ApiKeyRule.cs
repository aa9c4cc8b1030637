namespace Seedream.Http;

/// <summary>
/// What an API key may look like to be sent as <c>Authorization: Bearer &lt;key&gt;</c>: no surrounding white
/// space (a copy-paste slip the server would refuse with a confusing 401) and no control characters (which
/// no HTTP header may carry, and which would otherwise fail every call with a raw <c>FormatException</c>).
/// </summary>
internal static class ApiKeyRule
{
    /// <summary>What a usable key is, as <see cref="SeedreamOptionsException.Allowed"/> says it.</summary>
    public const string Allowed = "a key of printable ASCII characters, without white space at either end";

    /// <summary>Why <paramref name="apiKey"/> cannot be used, or <see langword="null"/> when it can. Never quotes the key.</summary>
    /// <param name="apiKey">The configured key.</param>
    public static SeedreamOptionsException? Problem(string? apiKey)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return Refused("SeedreamClientOptions.ApiKey is required (configuration key Seedream:ApiKey).");
        }

        if (char.IsWhiteSpace(apiKey![0]) || char.IsWhiteSpace(apiKey[apiKey.Length - 1]))
        {
            return Refused("SeedreamClientOptions.ApiKey starts or ends with white space; remove it (the key itself is not shown).");
        }

        for (var i = 0; i < apiKey.Length; i++)
        {
            if (char.IsControl(apiKey[i]) || apiKey[i] > '\u007e')
            {
                return Refused($"SeedreamClientOptions.ApiKey has a control or non-ASCII character at position {i + 1}; an HTTP header cannot carry it. Copy the key again (the key itself is not shown).");
            }
        }

        return null;
    }

    private static SeedreamOptionsException Refused(string message) => new SeedreamOptionsException("ApiKey", Allowed, message);
}
