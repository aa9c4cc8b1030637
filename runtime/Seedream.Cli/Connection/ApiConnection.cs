using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Output;
using Seedream.Emulator;
using Seedream.Logging;

namespace Seedream.Cli.Connection;

/// <summary>
/// The client a command talks through: the real API when <c>SEEDREAM_API_KEY</c> is set (at
/// <c>SEEDREAM_BASE_URL</c> when that is set too), otherwise the emulator started in this process.
/// Disposing it stops the embedded emulator. <see cref="RemoteOptions"/> is the one reading of the environment into
/// client options, for these commands and <c>batch run</c>.
/// </summary>
internal sealed class ApiConnection : IAsyncDisposable
{
    /// <summary>The environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "SEEDREAM_API_KEY";

    /// <summary>The environment variable that overrides the API's base URL.</summary>
    public const string BaseUrlVariable = "SEEDREAM_BASE_URL";

    /// <summary>The download limits every client of the CLI uses (the client's defaults), which messages about images quote.</summary>
    public static readonly SeedreamDownloadOptions DownloadLimits = new SeedreamDownloadOptions();

    private readonly SeedreamEmulator? _emulator;

    private ApiConnection(SeedreamClient client, SeedreamEmulator? emulator, Uri baseUrl, string? apiKey)
    {
        Client = client;
        Redactor = new SecretRedactor(apiKey);
        _emulator = emulator;
        Host = baseUrl.Authority;
    }

    /// <summary>The host (and port) the client talks to, for messages.</summary>
    public string Host { get; }

    /// <summary>The client, ready to use.</summary>
    public SeedreamClient Client { get; }

    /// <summary>Clears the key the client sends (in any letter case) from text before it is written anywhere, as the client clears it from what the server sends.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>Whether the client talks to the emulator embedded in this process (which starts empty and stops with the command).</summary>
    public bool UsesEmbeddedEmulator => _emulator is not null;

    /// <summary>Whether the environment selects the embedded emulator (no <c>SEEDREAM_API_KEY</c>).</summary>
    public static bool EmbeddedEmulatorSelected => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ApiKeyVariable));

    /// <summary>Connects as the environment says, with the shipped model tables only (for commands that act on a task by its id).</summary>
    /// <param name="output">Where the announcement goes.</param>
    /// <param name="timeout">How long to wait for a task; the client's default (5 minutes) when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the emulator's start-up.</param>
    /// <exception cref="CommandInputException"><c>SEEDREAM_BASE_URL</c> is not a usable URL or is set without <c>SEEDREAM_API_KEY</c>, or the client refuses the key.</exception>
    public static Task<ApiConnection> OpenAsync(CliOutput output, TimeSpan? timeout, CancellationToken cancellationToken) =>
        OpenAsync(output, timeout, Array.Empty<SeedreamModelTable>(), cancellationToken);

    /// <summary>Connects as the environment says, announcing the embedded emulator in one line when it is used.</summary>
    /// <param name="output">Where the announcement goes.</param>
    /// <param name="timeout">How long to wait for a task; the client's default (5 minutes) when <see langword="null"/>.</param>
    /// <param name="modelTables">The model tables given to the command, which the client and the built-in emulator take beside the shipped ones.</param>
    /// <param name="cancellationToken">Stops the emulator's start-up.</param>
    /// <exception cref="CommandInputException"><c>SEEDREAM_BASE_URL</c> is not a usable URL or is set without <c>SEEDREAM_API_KEY</c>, or the client refuses the key.</exception>
    public static async Task<ApiConnection> OpenAsync(CliOutput output, TimeSpan? timeout, IReadOnlyList<SeedreamModelTable> modelTables, CancellationToken cancellationToken)
    {
        if (EmbeddedEmulatorSelected)
        {
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(BaseUrlVariable)))
            {
                throw new CommandInputException(
                    $"{BaseUrlVariable} is set but {ApiKeyVariable} is not: set the key to call that server, " +
                    $"or unset {BaseUrlVariable} to use the built-in emulator.");
            }

            var emulatorOptions = EmbeddedEmulator.Options();
            emulatorOptions.ModelTables = modelTables.ToList();
            var emulator = await SeedreamEmulator.StartAsync(emulatorOptions, cancellationToken).ConfigureAwait(false);
            output.Message($"No {ApiKeyVariable}: using the built-in emulator (offline, nothing is billed).");
            var options = new SeedreamClientOptions { ApiKey = emulator.ApiKey, BaseUrl = emulator.BaseAddress, ModelTables = modelTables.ToList() };
            EmbeddedEmulator.Poll(options.Polling);
            ApplyTimeout(options, timeout);
            return new ApiConnection(new SeedreamClient(options), emulator, emulator.BaseAddress, options.ApiKey);
        }

        var remote = RemoteOptions();
        remote.ModelTables = modelTables.ToList();
        ApplyTimeout(remote, timeout);
        try
        {
            return new ApiConnection(new SeedreamClient(remote), null, remote.BaseUrl ?? SeedreamClientOptions.DefaultBaseUrl, remote.ApiKey);
        }
        catch (SeedreamOptionsException exception)
        {
            throw new CommandInputException(Refused(exception));
        }
    }

    /// <summary>Stops the embedded emulator, if any, and releases the client.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Options for the API the environment names: <c>SEEDREAM_API_KEY</c>, and <c>SEEDREAM_BASE_URL</c> (an absolute
    /// http(s) URL; <see cref="SeedreamClientOptions.DefaultBaseUrl"/> when unset). A loopback base URL is a local emulator,
    /// which finishes tasks in seconds: it is polled as often as the embedded one.
    /// </summary>
    /// <returns>New options, which the caller may adjust further.</returns>
    /// <exception cref="CommandInputException"><c>SEEDREAM_BASE_URL</c> is not an absolute http(s) URL.</exception>
    public static SeedreamClientOptions RemoteOptions()
    {
        var baseUrl = BaseUrl();
        var options = new SeedreamClientOptions { ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable), BaseUrl = baseUrl };
        if (baseUrl.IsLoopback)
        {
            EmbeddedEmulator.Poll(options.Polling);
        }

        return options;
    }

    private static Uri BaseUrl()
    {
        var value = Environment.GetEnvironmentVariable(BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return SeedreamClientOptions.DefaultBaseUrl;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new CommandInputException($"{BaseUrlVariable} '{TerminalText.Escape(value)}' is not an absolute http(s) URL; use e.g. https://qingbo.dev/ or, for a local emulator, http://127.0.0.1:5080/.");
        }

        return url;
    }

    private static void ApplyTimeout(SeedreamClientOptions options, TimeSpan? timeout)
    {
        if (timeout is TimeSpan limit)
        {
            options.Polling.Timeout = limit;
        }
    }

    /// <summary>An option the client refuses, said as the setting the user controls: <c>SEEDREAM_BASE_URL cannot be used: it must be …</c>.</summary>
    public static string Refused(SeedreamOptionsException exception) => exception.Option switch
    {
        "ApiKey" => $"{ApiKeyVariable} cannot be used: it must be {exception.Allowed} (the key itself is not shown).",
        "BaseUrl" => $"{BaseUrlVariable} cannot be used: it must be {exception.Allowed}.",
        "Polling.Timeout" => $"--timeout cannot be used: it must be {exception.Allowed}.",
        var option => $"The client's option {option} cannot be used: it must be {exception.Allowed}.",
    };
}
