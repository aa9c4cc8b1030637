using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Http;

/// <summary>
/// Adds <c>Authorization: Bearer &lt;key&gt;</c> to API requests. Sits only in the API pipeline: image
/// downloads go to other hosts and never carry the key. Logs nothing.
/// </summary>
internal sealed class AuthorizationHandler : DelegatingHandler
{
    private readonly AuthenticationHeaderValue _header;

    public AuthorizationHandler(string apiKey)
    {
        _header = new AuthenticationHeaderValue("Bearer", apiKey ?? throw new ArgumentNullException(nameof(apiKey)));
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _header;
        return base.SendAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public override string ToString() => nameof(AuthorizationHandler);
}
