using System;
using Microsoft.Extensions.Http;
using Seedream.Http;

namespace Seedream;

/// <summary>
/// Runs after every configuration of the client's two named <c>HttpClient</c>s, the application's included
/// (<c>ConfigureHttpClientDefaults</c>, <c>ConfigurePrimaryHttpMessageHandler</c>): whatever primary handler they end
/// up with keeps no cookies, and in the API pipeline a <see cref="SingleSendHandler"/> sits directly above the handler
/// that sends, below any handler the application added (in the primary chain too), so no added retry or hedging
/// handler can send a create twice.
/// </summary>
internal sealed class SeedreamHandlerBuilderFilter : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) =>
        builder =>
        {
            next(builder);
            if (builder.Name is SeedreamHttp.ApiClientName or SeedreamHttp.DownloadClientName)
            {
                HandlerCookies.SwitchOff(builder.PrimaryHandler, nameof(builder.PrimaryHandler));
            }

            if (builder.Name == SeedreamHttp.ApiClientName)
            {
                builder.PrimaryHandler = SingleSendHandler.GuardBelow(builder.PrimaryHandler);
            }
        };
}
