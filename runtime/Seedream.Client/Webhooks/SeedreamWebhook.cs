using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Seedream.Http;
using Seedream.Logging;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream;

/// <summary>
/// Reads the body the provider POSTs to a task's <c>callback_url</c>: exactly one task object, its fields read as
/// tolerantly as the API's answers. Deliveries may repeat, come early or be forged (no signature is documented):
/// take the body's <see cref="SeedreamTask.Id"/> only as a hint, read the task itself with
/// <see cref="SeedreamClient.GetTaskAsync"/>, and count a task as handled once its images are saved, not once a
/// delivery was seen.
/// </summary>
public static class SeedreamWebhook
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(SeedreamJson.CreateSettings());
    private static readonly SecretRedactor NoSecret = new SecretRedactor(null);

    /// <summary>A property named twice in one object is an error while reading, not "the last one wins".</summary>
    private static readonly JsonLoadSettings ExactlyOnce = new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };

    /// <summary>The largest body <see cref="ParseAsync"/> reads: 32 MiB, the default cap of an API answer (<see cref="SeedreamClientOptions.MaxResponseBytes"/>).</summary>
    public static readonly int MaxBodyBytes = 32 * 1024 * 1024;

    /// <summary>Parses a callback body (a leading byte-order mark is skipped).</summary>
    /// <param name="body">The request body as text.</param>
    /// <returns>The task; turn it into images with <see cref="SeedreamClient.CreateResult"/>.</returns>
    /// <exception cref="FormatException">
    /// The body is not exactly one task object with a usable <c>task_id</c> (not blank, not <c>.</c> or <c>..</c>): it is not
    /// JSON, is another JSON value, has anything after the object (a second object, text), or names a property twice in one
    /// object (also in different case, such as <c>task_id</c> and <c>Task_Id</c>).
    /// </exception>
    public static SeedreamTask Parse(string body)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        // A byte-order mark decoded as text (U+FEFF) is not JSON; some senders put one in front.
        using (var reader = new StringReader(body.Length > 0 && body[0] == '\uFEFF' ? body.Substring(1) : body))
        {
            return Read(reader);
        }
    }

    /// <summary>Parses a callback body from a stream (e.g. <c>HttpRequest.Body</c>), read as UTF-8 (a byte-order mark is skipped).</summary>
    /// <param name="body">The request body; left open.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The task; turn it into images with <see cref="SeedreamClient.CreateResult"/>.</returns>
    /// <exception cref="FormatException">The body is not exactly one task object with a usable <c>task_id</c> (see <see cref="Parse"/>), or is larger than <see cref="MaxBodyBytes"/>.</exception>
    public static async Task<SeedreamTask> ParseAsync(Stream body, CancellationToken cancellationToken = default)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        using (var copy = new MemoryStream())
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (copy.Length + read > MaxBodyBytes)
                {
                    throw new FormatException($"The webhook body is larger than {MaxBodyBytes} bytes; a Seedream task object is far smaller.");
                }

                copy.Write(buffer, 0, read);
            }

            var bytes = copy.GetBuffer();
            var bom = Encoding.UTF8.GetPreamble().Length;
            var skip = copy.Length >= bom && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bom : 0;
            return Parse(Encoding.UTF8.GetString(bytes, skip, (int)copy.Length - skip));
        }
    }

    /// <summary>Parses a callback body, answering <see langword="false"/> instead of throwing when it is not a task.</summary>
    /// <param name="body">The request body as text.</param>
    /// <param name="task">The task, when the body is one.</param>
    public static bool TryParse(string? body, out SeedreamTask? task)
    {
        task = null;
        if (body is null)
        {
            return false;
        }

        try
        {
            task = Parse(body);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static SeedreamTask Read(TextReader text)
    {
        JToken body;
        try
        {
            using (var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None })
            {
                body = JToken.ReadFrom(reader, ExactlyOnce);
                if (GoesOn(reader))
                {
                    throw new FormatException(
                        $"The webhook body goes on after its first JSON value (line {reader.LineNumber}, position {reader.LinePosition}); " +
                        "a delivery is exactly one task object.");
                }
            }
        }
        catch (JsonException exception)
        {
            throw new FormatException("The webhook body is not a Seedream task object: " + exception.Message, exception);
        }

        if (!(body is JObject taskObject))
        {
            throw new FormatException($"The webhook body is a JSON {body.Type.ToString().ToLowerInvariant()}, not a Seedream task object.");
        }

        RefuseNamesTwice(taskObject);
        WireTask? task;
        try
        {
            task = taskObject.ToObject<WireTask>(Serializer);
        }
        catch (JsonException exception)
        {
            throw new FormatException("The webhook body is not a Seedream task object: " + exception.Message, exception);
        }

        if (task is null || !TaskIds.IsAddressable(task.Task_id))
        {
            throw new FormatException("The webhook body has no usable task_id (missing, blank, '.' or '..'); it is not a Seedream task object.");
        }

        return WireMapper.ToTask(task, NoSecret);
    }

    /// <summary>Whether anything but white space follows the value <paramref name="reader"/> has read: another value, a comment, text.</summary>
    private static bool GoesOn(JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonReaderException)
        {
            return true;
        }
    }

    /// <summary>
    /// Throws when an object anywhere in <paramref name="token"/> names a property twice in different case (<c>task_id</c> and
    /// <c>Task_Id</c>): the reader matches names regardless of case, so either could be taken. Exact repeats are refused while
    /// the body is read.
    /// </summary>
    private static void RefuseNamesTwice(JToken token)
    {
        if (token is JObject obj)
        {
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in obj.Properties())
            {
                if (seen.TryGetValue(property.Name, out var first))
                {
                    throw new FormatException(
                        $"The webhook body names '{first}' and '{property.Name}' in one object (at '{property.Path}'); names are matched regardless of case, " +
                        "so a task object names each property once.");
                }

                seen.Add(property.Name, property.Name);
            }
        }

        foreach (var child in token.Children())
        {
            RefuseNamesTwice(child);
        }
    }
}
