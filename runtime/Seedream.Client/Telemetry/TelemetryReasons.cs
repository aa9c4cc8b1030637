using System.Text;

namespace Seedream.Telemetry;

/// <summary>The few, fixed values of <see cref="TelemetryTags.Reason"/>, so metrics stay low in cardinality.</summary>
internal static class TelemetryReasons
{
    /// <summary>Why a request failed: <c>rate_limited</c>, <c>server_error</c> (a 5xx or an answer that cannot be used), <c>timeout</c>, <c>network</c> or <c>other</c>.</summary>
    public static string Of(SeedreamErrorKind kind) => kind switch
    {
        SeedreamErrorKind.RateLimited => "rate_limited",
        SeedreamErrorKind.Server or SeedreamErrorKind.InvalidResponse => "server_error",
        SeedreamErrorKind.RequestTimeout => "timeout",
        SeedreamErrorKind.Network => "network",
        _ => "other",
    };

    /// <summary>Why an image download failed, in snake case: <c>http_error</c>, <c>network_error</c>, <c>timeout</c>, ….</summary>
    public static string Of(ImageSaveFailureReason reason)
    {
        var name = reason.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
