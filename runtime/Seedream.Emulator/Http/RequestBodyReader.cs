using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>Reads a request body, no larger than a cap, as one JSON value, keeping strings that look like dates as strings.</summary>
internal static class RequestBodyReader
{
    /// <summary>Reads and parses the body of <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body read.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="InvalidRequestException">The body is empty, is not JSON, or has text after the JSON value.</exception>
    /// <exception cref="RequestTooLargeException">The body is larger than <paramref name="maxBytes"/>.</exception>
    public static async Task<JToken> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new RequestTooLargeException(maxBytes);
        }

        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                throw new RequestTooLargeException(maxBytes);
            }

            copy.Write(chunk, 0, read);
        }

        copy.Position = 0;
        using var text = new StreamReader(copy);
        var body = await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new InvalidRequestException("The request body is empty; send a JSON object with at least model and prompt.");
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader);

            // Reading on past the value throws on any text after it ("Additional text encountered ...").
            reader.Read();
            return token;
        }
        catch (JsonReaderException exception)
        {
            throw new InvalidRequestException($"The request body is not valid JSON: {exception.Message}");
        }
    }
}
