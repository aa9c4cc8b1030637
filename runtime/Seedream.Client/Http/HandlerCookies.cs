using System;
using System.Net.Http;

namespace Seedream.Http;

/// <summary>
/// Makes sure a handler the client is given keeps no cookies: the API pipeline sends none, and image downloads
/// (which go through the same handler) share no cookie container with API calls. A cookie a server sets would
/// otherwise ride along on the next API call and on downloads from a host in the cookie's domain.
/// </summary>
internal static class HandlerCookies
{
    /// <summary>
    /// Follows <paramref name="handler"/>'s chain of <see cref="DelegatingHandler.InnerHandler"/>s to the handler that
    /// sends, and switches its cookies off when it is an <see cref="HttpClientHandler"/> (or a <c>SocketsHttpHandler</c>)
    /// with <c>UseCookies</c> on. Other handlers (test doubles, custom transports) are left as they are.
    /// </summary>
    /// <param name="handler">The handler given to the client.</param>
    /// <param name="parameterName">The parameter that handler came through, named by the error.</param>
    /// <exception cref="ArgumentException">The handler keeps cookies and has already sent requests, so they can no longer be switched off.</exception>
    public static void SwitchOff(HttpMessageHandler handler, string parameterName)
    {
        var sender = handler;
        while (sender is DelegatingHandler { InnerHandler: { } inner })
        {
            sender = inner;
        }

        try
        {
            switch (sender)
            {
                case HttpClientHandler { UseCookies: true } clientHandler:
                    clientHandler.UseCookies = false;
                    break;
#if NET
                case SocketsHttpHandler { UseCookies: true } socketsHandler:
                    socketsHandler.UseCookies = false;
                    break;
#endif
            }
        }
        catch (InvalidOperationException started)
        {
            throw new ArgumentException(
                $"The {sender.GetType().Name} given to the Seedream client keeps cookies (UseCookies is true) and has already sent requests, so they can " +
                "no longer be switched off. The client sends no cookies to the API and shares none with image downloads: give it a handler " +
                "with UseCookies = false, or one that has not sent anything yet.",
                parameterName,
                started);
        }
    }
}
