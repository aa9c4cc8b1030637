using System;
using System.Net.Sockets;

namespace Seedream.Http;

/// <summary>Tells a connection that failed before anything was sent from one that broke mid-request.</summary>
internal static class ConnectionFailure
{
    /// <summary>
    /// Whether <paramref name="exception"/> certainly happened before the request left this machine: the
    /// connection was refused, or the host could not be resolved or reached. Anything else (a reset, a
    /// timeout, a dropped connection) may have delivered the request.
    /// </summary>
    public static bool CertainlyNotSent(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                switch (socket.SocketErrorCode)
                {
                    case SocketError.ConnectionRefused:
                    case SocketError.HostNotFound:
                    case SocketError.TryAgain:
                    case SocketError.NoData:
                    case SocketError.NetworkUnreachable:
                    case SocketError.HostUnreachable:
                        return true;
                }
            }
        }

        return false;
    }
}
