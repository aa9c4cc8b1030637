using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>A socket fuzz case: an operation, whether generate uses the sync endpoint, and the answers the API and the image host give, in order.</summary>
internal sealed record SocketFuzzCase(ClientOperation Operation, bool UseSyncEndpoint, IReadOnlyList<SocketAnswer> ApiAnswers, IReadOnlyList<SocketAnswer> DownloadAnswers)
{
    public override string ToString() =>
        $"{Operation}{(UseSyncEndpoint ? " (sync endpoint)" : string.Empty)}{Environment.NewLine}API answers:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", ApiAnswers.Select(answer => answer.ToString()))}"
        + $"{Environment.NewLine}Download answers:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", DownloadAnswers.Select(answer => answer.ToString()))}";
}
