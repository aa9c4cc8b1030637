using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Seedream.Emulator.Tests;

/// <summary>
/// Sends one HTTP/1.1 request, written byte for byte, over a loopback socket and reads the whole answer: for requests an
/// HTTP client library would not send (a broken chunked body, an oversized head).
/// </summary>
internal static class RawRequest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The answer: its status, its head (status line and headers) and its body as text.</summary>
    public sealed record Answer(int Status, string Head, string Body);

    /// <summary>Sends <paramref name="head"/> (without the blank line that ends it; <c>Connection: close</c> is added) and <paramref name="requestBody"/>.</summary>
    public static async Task<Answer> SendAsync(Uri server, string head, string requestBody = "")
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head.TrimEnd('\r', '\n') + "\r\nConnection: close\r\n\r\n" + requestBody));
        var answer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(answer).WaitAsync(Patience);
        }
        catch (IOException)
        {
            // The server may reset the connection after answering a request it refused.
        }

        var text = Encoding.UTF8.GetString(answer.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException("No complete answer came: " + text);
        }

        var answerHead = text[..end];
        var answerBody = text[(end + 4)..];
        var chunked = answerHead.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
        return new Answer(int.Parse(text.Split(' ')[1]), answerHead, chunked ? Unchunk(answerBody) : answerBody);
    }

    private static string Unchunk(string chunked)
    {
        var body = new StringBuilder();
        for (var at = 0; ;)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..lineEnd], 16);
            if (size == 0)
            {
                return body.ToString();
            }

            body.Append(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
