using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Http;

/// <summary>
/// Stops a handler outside the client's control from sending a POST (a create, a cancel) a second time: a retry or
/// hedging handler added to every <c>HttpClient</c> (as <c>ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>
/// does in .NET Aspire's service defaults) would re-send a create the client decided not to repeat, which can bill a
/// second task. Each request the transport builds carries one <see cref="SendCount"/> (<see cref="Mark"/>); a retry
/// re-sends that message and a hedge copies its options, so both arrive here with a count already taken.
/// Sits at the bottom of the API pipeline, just above the handler that sends (<see cref="GuardBelow"/>).
/// </summary>
internal sealed class SingleSendHandler : DelegatingHandler
{
#if NET
    private static readonly HttpRequestOptionsKey<SendCount> Key = new(nameof(SendCount));
#else
    private const string Key = nameof(SendCount);
#endif

    /// <summary>
    /// Puts a <see cref="SingleSendHandler"/> directly above the handler in <paramref name="chain"/> that sends (the end of
    /// its <see cref="DelegatingHandler.InnerHandler"/>s), so a retrying handler anywhere in the chain, the application's
    /// included, is above it. A chain that has a guard there already is left as it is. When the chain has already
    /// sent requests its handlers can no longer be rearranged, and the guard goes on top of it: then it catches
    /// retries above the chain only.
    /// </summary>
    /// <param name="chain">The handler that would send API requests.</param>
    /// <returns>The handler to send API requests through.</returns>
    public static HttpMessageHandler GuardBelow(HttpMessageHandler chain)
    {
        DelegatingHandler? above = null;
        var sender = chain;
        while (sender is DelegatingHandler { InnerHandler: { } inner } delegating)
        {
            above = delegating;
            sender = inner;
        }

        if (above is SingleSendHandler)
        {
            return chain;
        }

        if (above is null)
        {
            return new SingleSendHandler { InnerHandler = chain };
        }

        try
        {
            above.InnerHandler = new SingleSendHandler { InnerHandler = sender };
            return chain;
        }
        catch (InvalidOperationException)
        {
            return new SingleSendHandler { InnerHandler = chain };
        }
    }

    /// <summary>Gives a request its own send count; the transport calls it for every request it builds.</summary>
    /// <param name="request">The request about to be sent.</param>
    public static void Mark(HttpRequestMessage request)
    {
#if NET
        request.Options.Set(Key, new SendCount());
#else
        request.Properties[Key] = new SendCount();
#endif
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && Count(request) is { } count && Interlocked.Increment(ref count.Sends) > 1)
        {
            throw new UnusableAnswerException(
                "a handler outside the client sent this request a second time (a retry or hedging handler: one added to the \"Seedream\" HttpClient, " +
                "such as AddStandardResilienceHandler through ConfigureHttpClientDefaults, or one inside the handler given to SeedreamClient); the " +
                "second send was stopped, because a repeated create can bill a second task. The client retries by itself: remove that handler",
                null);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static SendCount? Count(HttpRequestMessage request)
    {
#if NET
        return request.Options.TryGetValue(Key, out var count) ? count : null;
#else
        return request.Properties.TryGetValue(Key, out var count) ? count as SendCount : null;
#endif
    }

    /// <summary>How many times one request built by the transport has reached the bottom of the pipeline.</summary>
    internal sealed class SendCount
    {
        public int Sends;
    }
}
