using System;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Seedream.Http;

namespace Seedream;

/// <summary>
/// Runs after every configuration of the client's two named <c>HttpClient</c>s, the application's included
/// (<c>ConfigureHttpClientDefaults</c>, <c>ConfigurePrimaryHttpMessageHandler</c>), and composes the client's handler
/// chains (<see cref="HandlerChains"/>) over whatever primary handler they end up with: the same chains, by the same
/// function, as the <see cref="SeedreamClient"/> constructor builds. Other named clients are left alone.
/// </summary>
internal sealed class SeedreamHandlerBuilderFilter : IHttpMessageHandlerBuilderFilter
{
    private readonly IOptions<SeedreamClientOptions> _options;

    public SeedreamHandlerBuilderFilter(IOptions<SeedreamClientOptions> options)
    {
        _options = options;
    }

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) =>
        builder =>
        {
            next(builder);
            if (builder.Name == SeedreamHttp.ApiClientName)
            {
                var options = _options.Value;
                builder.PrimaryHandler = HandlerChains.Api(builder.PrimaryHandler, options.ApiKey ?? string.Empty, options.MaxAnswerBytes, nameof(builder.PrimaryHandler));
            }
            else if (builder.Name == SeedreamHttp.DownloadClientName)
            {
                builder.PrimaryHandler = HandlerChains.Downloads(builder.PrimaryHandler, nameof(builder.PrimaryHandler));
            }
        };
}
