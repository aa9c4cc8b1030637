using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>
/// Reads a request body, no larger than a cap, as one JSON value, keeping strings that look like dates as strings. The body
/// must be JSON as RFC 8259 defines it, as the API's parser expects: UTF-8 (a leading byte-order mark is skipped), one value,
/// no comments, single quotes, unquoted names, trailing commas or <c>NaN</c> (which Newtonsoft would otherwise accept).
/// </summary>
internal static class RequestBodyReader
{
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    /// <summary>Reads and parses the body of <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body read.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="InvalidRequestException">The body is empty, is not UTF-8, is not JSON, or has anything after the JSON value.</exception>
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

        var body = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        if (body.StartsWith(ByteOrderMark))
        {
            body = body[ByteOrderMark.Length..];
        }

        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InvalidRequestException("The request body is empty; send a JSON object with at least model and prompt.");
        }

        CheckUtf8(body);
        CheckJson(body);
        using var reader = new JsonTextReader(new StringReader(Encoding.UTF8.GetString(body))) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    private static void CheckUtf8(ReadOnlySpan<byte> body)
    {
        for (var offset = 0; offset < body.Length;)
        {
            if (Rune.DecodeFromUtf8(body[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                throw new InvalidRequestException($"The request body is not UTF-8: the byte at offset {offset} (0x{body[offset]:X2}) starts no UTF-8 character. JSON text is UTF-8.");
            }

            offset += consumed;
        }
    }

    private static void CheckJson(ReadOnlySpan<byte> body)
    {
        var reader = new System.Text.Json.Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new InvalidRequestException($"The request body is not valid JSON: {exception.Message}");
        }
    }
}
