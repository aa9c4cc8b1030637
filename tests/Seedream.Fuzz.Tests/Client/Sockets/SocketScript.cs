using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using Seedream.Testing.Sockets;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// Answers a hostile server's requests from a <see cref="SocketFuzzCase"/>, API calls and image downloads (paths
/// under <see cref="WireRenderer.FilesPath"/>) separately; once a script runs out it answers as a healthy API would.
/// Keeps which answer each create got, so the oracle knows which task ids the client was given.
/// </summary>
internal sealed class SocketScript
{
    private readonly Queue<SocketAnswer> _api;
    private readonly Queue<SocketAnswer> _downloads;
    private readonly List<SocketAnswer> _createAnswers = new();

    public SocketScript(SocketFuzzCase script)
    {
        _api = new Queue<SocketAnswer>(script.ApiAnswers);
        _downloads = new Queue<SocketAnswer>(script.DownloadAnswers);
    }

    /// <summary>The answers given to creates (<c>POST /v1/tasks</c> and <c>/v1/tasks/sync</c>), in order.</summary>
    public IReadOnlyList<SocketAnswer> CreateAnswers
    {
        get
        {
            lock (_createAnswers)
            {
                return _createAnswers.ToList();
            }
        }
    }

    /// <summary>
    /// The task ids the client was asked to follow: the operation's own (<see cref="ApiBodies.TaskId"/>), and for a
    /// generate every id a create answer named (as a healthy create does).
    /// </summary>
    public IReadOnlyList<string> AskedIds(ClientOperation operation) =>
        (operation == ClientOperation.Generate ? CreateAnswers.SelectMany(IdsIn).Append(ApiBodies.TaskId) : new[] { ApiBodies.TaskId }).Distinct().ToList();

    public Answer Answer(SeenRequest request, Uri server)
    {
        var download = request.Path.StartsWith("/" + WireRenderer.FilesPath, StringComparison.Ordinal);
        SocketAnswer answer;
        lock (_createAnswers)
        {
            var queue = download ? _downloads : _api;
            answer = queue.Count > 0 ? queue.Dequeue() : new SocketAnswer(HealthyAnswers.For(request.Method, request.Path, download), WireMutation.None, 0);
            if (request.IsCreate)
            {
                _createAnswers.Add(answer);
            }
        }

        return WireRenderer.Render(answer, server, request);
    }

    /// <summary>The task ids a create answer named (<c>task_id</c>, or <c>data</c> in the alternative envelope).</summary>
    private static IEnumerable<string> IdsIn(SocketAnswer answer)
    {
        JToken? json;
        try
        {
            json = JToken.Parse(answer.BodyText);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            yield break;
        }

        if (json is JObject item)
        {
            foreach (var name in new[] { "task_id", "data" })
            {
                // A number or a boolean is read as an id too, as its JSON text (the client's tolerant reader does so).
                switch (item[name])
                {
                    case JValue { Value: string id }:
                        yield return id;
                        break;
                    case JValue { Value: not null } other:
                        yield return other.ToString(Newtonsoft.Json.Formatting.None);
                        break;
                }
            }
        }
    }
}
