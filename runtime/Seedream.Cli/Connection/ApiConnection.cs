using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Output;
using Seedream.Emulator;

namespace Seedream.Cli.Connection;

/// <summary>
/// The client a command talks through: the real API when <c>SEEDREAM_API_KEY</c> is set (at
/// <c>SEEDREAM_BASE_URL</c> when that is set too), otherwise the emulator started in this process.
/// Disposing it stops the embedded emulator.
/// </summary>
internal sealed class ApiConnection : IAsyncDisposable
{
    /// <summary>The environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "SEEDREAM_API_KEY";

    /// <summary>The environment variable that overrides the API's base URL.</summary>
    public const string BaseUrlVariable = "SEEDREAM_BASE_URL";

    private readonly SeedreamEmulator? _emulator;

    private ApiConnection(SeedreamClient client, SeedreamEmulator? emulator, Uri baseUrl)
    {
        Client = client;
        _emulator = emulator;
        Host = baseUrl.Authority;
    }

    /// <summary>The host (and port) the client talks to, for messages.</summary>
    public string Host { get; }

    /// <summary>The client, ready to use.</summary>
    public SeedreamClient Client { get; }

    /// <summary>Whether the client talks to the emulator embedded in this process (which starts empty and stops with the command).</summary>
    public bool UsesEmbeddedEmulator => _emulator is not null;

    /// <summary>Whether the environment selects the embedded emulator (no <c>SEEDREAM_API_KEY</c>).</summary>
    public static bool EmbeddedEmulatorSelected => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ApiKeyVariable));

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
            var options = new SeedreamClientOptions { ApiKey = emulator.ApiKey, BaseUrl = emulator.BaseAddress, Polling = EmbeddedEmulator.Polling(), ModelTables = modelTables.ToList() };
            ApplyTimeout(options, timeout);
            return new ApiConnection(new SeedreamClient(options), emulator, emulator.BaseAddress);
        }

        var baseUrl = BaseUrl();
        var remote = new SeedreamClientOptions { ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable), BaseUrl = baseUrl, ModelTables = modelTables.ToList() };
        ApplyTimeout(remote, timeout);
        try
        {
            return new ApiConnection(new SeedreamClient(remote), null, baseUrl);
        }
        catch (ArgumentException exception)
        {
            var variable = exception.Message.Contains("ApiKey", StringComparison.Ordinal) ? ApiKeyVariable : BaseUrlVariable;
            throw new CommandInputException($"{variable} cannot be used: {ClientWording.Rephrase(WithoutParameterName(exception))}");
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

    private static string WithoutParameterName(ArgumentException exception) =>
        exception.ParamName is null ? exception.Message : exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal);
}
