using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>An operation and the answers the API and the image host give it, in order (valid answers follow once they run out).</summary>
internal sealed record ClientFuzzCase(ClientOperation Operation, IReadOnlyList<ScriptedAnswer> ApiAnswers, IReadOnlyList<ScriptedAnswer> DownloadAnswers)
{
    public override string ToString() =>
        $"{Operation}{Environment.NewLine}API answers:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", ApiAnswers.Select(answer => answer.ToString()))}"
        + $"{Environment.NewLine}Download answers:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", DownloadAnswers.Select(answer => answer.ToString()))}";
}
