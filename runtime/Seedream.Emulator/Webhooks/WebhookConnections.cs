using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Emulator;

/// <summary>
/// Opens the connections webhooks are POSTed over: to a loopback address only, unless <see cref="WebhookOptions.AllowAnyHost"/>
/// says otherwise, so an emulator others can reach cannot be used to send requests to other machines. The host is resolved
/// here and the connection goes to the very address that was checked.
/// </summary>
internal static class WebhookConnections
{
    /// <summary>The connect step of the dispatcher's <see cref="SocketsHttpHandler"/>.</summary>
    /// <param name="options">Whether other hosts are allowed.</param>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectFor(WebhookOptions options) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? new[] { literal } : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            var allowed = options.AllowAnyHost ? addresses : addresses.Where(IsLoopback).ToArray();
            if (allowed.Length == 0)
            {
                throw new HttpRequestException(
                    $"Not sent: {host} is not a loopback address, and the emulator delivers webhooks to loopback only (set Webhook.AllowAnyHost to deliver to other hosts).");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
