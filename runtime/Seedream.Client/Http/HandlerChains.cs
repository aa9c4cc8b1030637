using System.Net.Http;

namespace Seedream.Http;

/// <summary>
/// The client's two handler chains, composed here and nowhere else, in the manner of Azure.Core's
/// <c>HttpPipelineBuilder</c>: the <see cref="SeedreamClient"/> constructor composes them over the handler it owns or is
/// lent (<see cref="SeedreamHttp"/>), and <c>AddSeedream</c> over whatever primary handler the application's
/// configuration of the two named clients ends with (<see cref="SeedreamHandlerBuilderFilter"/>).
/// </summary>
internal static class HandlerChains
{
    /// <summary>
    /// The API chain over <paramref name="sender"/>, outermost first:
    /// <list type="number">
    /// <item><see cref="AuthorizationHandler"/>: adds the key; only this chain has it, so image hosts never see the key;</item>
    /// <item><see cref="RedirectGuardHandler"/>: a redirect, or an answer from elsewhere, is an error (the key and a create go nowhere else);</item>
    /// <item><see cref="BoundedAnswerHandler"/>: every body is read here, capped at <paramref name="maxAnswerBytes"/>, under the attempt's token;</item>
    /// <item><paramref name="sender"/>'s own chain, with a <see cref="SingleSendHandler"/> directly above the handler that sends
    /// (<see cref="SingleSendHandler.GuardBelow"/>), so no retrying handler, the application's included, can send a create twice.</item>
    /// </list>
    /// The handler that sends keeps no cookies (<see cref="HandlerCookies"/>). A retrying handler the application adds
    /// around this chain (in <c>IHttpClientFactory</c>'s additional handlers) is above all of it.
    /// </summary>
    /// <param name="sender">The handler that sends API requests, possibly a chain of its own.</param>
    /// <param name="apiKey">The API key.</param>
    /// <param name="maxAnswerBytes">The size cap of an answer's body.</param>
    /// <param name="parameterName">Where <paramref name="sender"/> came from, named by the error when its cookies cannot be switched off.</param>
    /// <exception cref="System.ArgumentException"><paramref name="sender"/> keeps cookies and has already sent requests.</exception>
    public static HttpMessageHandler Api(HttpMessageHandler sender, string apiKey, long maxAnswerBytes, string parameterName)
    {
        HandlerCookies.SwitchOff(sender, parameterName);
        return new AuthorizationHandler(apiKey)
        {
            InnerHandler = new RedirectGuardHandler
            {
                InnerHandler = new BoundedAnswerHandler(maxAnswerBytes) { InnerHandler = SingleSendHandler.GuardBelow(sender) },
            },
        };
    }

    /// <summary>The download chain: <paramref name="sender"/> as it is, keeping no cookies; no key, and each image is capped by the saver.</summary>
    /// <param name="sender">The handler that sends image downloads.</param>
    /// <param name="parameterName">Where <paramref name="sender"/> came from, named by the error when its cookies cannot be switched off.</param>
    /// <exception cref="System.ArgumentException"><paramref name="sender"/> keeps cookies and has already sent requests.</exception>
    public static HttpMessageHandler Downloads(HttpMessageHandler sender, string parameterName)
    {
        HandlerCookies.SwitchOff(sender, parameterName);
        return sender;
    }
}
