using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Seedream.Http;

namespace Seedream;

/// <summary>Registers <see cref="SeedreamClient"/> (and its <see cref="IImageGenerator"/> adapter) with dependency injection.</summary>
public static class SeedreamServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="SeedreamClient"/> whose options bind from <paramref name="configuration"/>
    /// (e.g. the <c>Seedream</c> section: <c>ApiKey</c>, <c>BaseUrl</c>, <c>Polling:Timeout</c>, …) and whose HTTP clients
    /// come from <see cref="IHttpClientFactory"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding the options.</param>
    public static IServiceCollection AddSeedream(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        services.Configure<SeedreamClientOptions>(configuration);
        return AddCore(services);
    }

    /// <summary>
    /// Registers a singleton <see cref="SeedreamClient"/> configured by <paramref name="configure"/>, whose HTTP clients
    /// come from <see cref="IHttpClientFactory"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="SeedreamClientOptions.ApiKey"/>).</param>
    public static IServiceCollection AddSeedream(this IServiceCollection services, Action<SeedreamClientOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.Configure(configure);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.AddOptions<SeedreamClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SeedreamClientOptions>, SeedreamClientOptionsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, SeedreamHandlerBuilderFilter>());

        // The handler chains are composed over each client's primary handler by SeedreamHandlerBuilderFilter, after the
        // application's own configuration. The factory's own request logging prints full URLs (image links are secrets)
        // and, at trace level, headers; the client logs every request itself, without either. Hence RemoveAllLoggers.
        services.AddHttpClient(SeedreamHttp.ApiClientName, (provider, client) =>
            {
                client.BaseAddress = SeedreamHttp.ApiBaseAddress(provider.GetRequiredService<IOptions<SeedreamClientOptions>>().Value.ResolvedBaseUrl);
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(PrimaryHandlers.Api)
            .RemoveAllLoggers();
        services.AddHttpClient(SeedreamHttp.DownloadClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(PrimaryHandlers.Downloads)
            .RemoveAllLoggers();

        services.TryAddSingleton(provider => new SeedreamClient(
            provider.GetRequiredService<IOptions<SeedreamClientOptions>>().Value,
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()));
        services.TryAddSingleton(provider => new SeedreamImageGenerator(provider.GetRequiredService<SeedreamClient>()));
        services.TryAddSingleton<IImageGenerator>(provider => provider.GetRequiredService<SeedreamImageGenerator>());
        return services;
    }
}
