using System;

namespace Seedream.Logging;

/// <summary>
/// Result links are bearer secrets (anyone holding one can fetch the image until it expires), so logs
/// and messages name only their host.
/// </summary>
internal static class UrlRedaction
{
    public static string HostOnly(Uri? url) =>
        url is null ? "(none)" : url.IsAbsoluteUri ? url.Scheme + "://" + url.Authority + "/…" : "(relative link)";
}
