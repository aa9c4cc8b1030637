using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Http;

/// <summary>
/// Reads every API answer's body, success or error, before the transport sees it: asynchronously,
/// under the request's token (the caller's and the per-attempt time limit), and no further than a size
/// cap. The transport then parses a buffer in memory, so a body that stalls cannot block a thread and a
/// huge one cannot fill memory. A stall becomes a <see cref="StalledAnswerException"/>, an oversized body
/// an <see cref="UnusableAnswerException"/>; both keep the part that arrived.
/// One answer is passed on unread: a 2xx <c>text/event-stream</c> to a request marked <see cref="MarkStreaming"/>, which
/// the stream's reader bounds per event and in time.
/// </summary>
internal sealed class BoundedAnswerHandler : DelegatingHandler
{
    private const string EventStream = "text/event-stream";

#if NET
    private static readonly HttpRequestOptionsKey<bool> StreamingKey = new("Seedream.Streaming");
#else
    private const string StreamingKey = "Seedream.Streaming";
#endif
    private const int ChunkSize = 16 * 1024;
    private const int PartialTextLimit = 4096;

    private readonly long _maxBytes;

    public BoundedAnswerHandler(long maxBytes)
    {
        _maxBytes = maxBytes > 0 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The answer size cap must be positive.");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content is null || (IsStreaming(request) && response.IsSuccessStatusCode && IsEventStream(response)))
        {
            return response;
        }

        try
        {
            var status = (int)response.StatusCode;
            if (response.Content.Headers.ContentLength is long declared && declared > _maxBytes)
            {
                throw TooLarge(status, declared.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes, as declared", null);
            }

            var body = await ReadCappedAsync(response.Content, status, cancellationToken).ConfigureAwait(false);
            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            buffered.Headers.ContentLength = body.Length;
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Marks a request whose event-stream answer is read as it arrives, by its caller.</summary>
    /// <param name="request">The request about to be sent.</param>
    public static void MarkStreaming(HttpRequestMessage request)
    {
#if NET
        request.Options.Set(StreamingKey, true);
#else
        request.Properties[StreamingKey] = true;
#endif
    }

    /// <summary>Whether <paramref name="response"/> is a <c>text/event-stream</c>.</summary>
    public static bool IsEventStream(HttpResponseMessage response) =>
        string.Equals(response.Content?.Headers.ContentType?.MediaType, EventStream, StringComparison.OrdinalIgnoreCase);

    private static bool IsStreaming(HttpRequestMessage request)
    {
#if NET
        return request.Options.TryGetValue(StreamingKey, out var streaming) && streaming;
#else
        return request.Properties.TryGetValue(StreamingKey, out var streaming) && streaming is true;
#endif
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, int status, CancellationToken cancellationToken)
    {
        using (var copy = new MemoryStream())
        {
            try
            {
#if NET5_0_OR_GREATER
                using (var body = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
#else
                using (var body = await content.ReadAsStreamAsync().ConfigureAwait(false))
#endif
                using (cancellationToken.Register(static state => ((IDisposable)state!).Dispose(), body))
                {
                    var chunk = new byte[ChunkSize];
                    while (true)
                    {
                        var read = await body.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
                        if (read == 0)
                        {
                            return copy.ToArray();
                        }

                        if (copy.Length + read > _maxBytes)
                        {
                            copy.Write(chunk, 0, read);
                            throw TooLarge(status, "more than " + _maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes", copy);
                        }

                        copy.Write(chunk, 0, read);
                    }
                }
            }
            catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is not UnusableAnswerException)
            {
                var stalled = exception as OperationCanceledException ?? new OperationCanceledException(exception.Message, exception, cancellationToken);
                throw new StalledAnswerException(status, Text(copy), stalled);
            }
        }
    }

    private UnusableAnswerException TooLarge(int status, string size, MemoryStream? partial) =>
        new UnusableAnswerException(
            $"the answer's body (HTTP {status}) is {size}, over the limit of {_maxBytes} bytes (SeedreamClientOptions.MaxResponseBytes); reading was stopped",
            status,
            partial is null ? null : Text(partial));

    /// <summary>The first few kilobytes of what arrived, as UTF-8 text (enough to hold a task id near the start).</summary>
    private static string Text(MemoryStream partial) =>
        Encoding.UTF8.GetString(partial.GetBuffer(), 0, (int)Math.Min(partial.Length, PartialTextLimit));
}
