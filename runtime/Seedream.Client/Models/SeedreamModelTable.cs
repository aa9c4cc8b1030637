using System;
using System.Collections.Generic;

namespace Seedream;

/// <summary>
/// What one model group accepts: its sizes, resolutions, limits and model-specific options.
/// Instances are emitted by the Seedream source generator from <c>spec/models/*.json</c>;
/// nothing parses the tables at run time.
/// </summary>
public sealed class SeedreamModelTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="id">The model id sent as <c>model</c>, e.g. <c>seedream-5.0</c>.</param>
    /// <param name="typeName">The generated entry type's name, e.g. <c>Seedream50</c>.</param>
    /// <param name="description">One line that says what the model is good at.</param>
    /// <param name="sizes">Accepted aspect ratios, e.g. <c>16:9</c>.</param>
    /// <param name="resolutions">Accepted resolutions, e.g. <c>2K</c>.</param>
    /// <param name="limits">The numeric limits.</param>
    /// <param name="extras">The model-specific options.</param>
    /// <param name="notes">Where the seed and upstream documents disagree, and what the table follows.</param>
    /// <param name="hosts">The hosts that serve the model and its id at each; when omitted, the gateway alone, under <paramref name="id"/>.</param>
    public SeedreamModelTable(
        string id,
        string typeName,
        string description,
        IReadOnlyList<string> sizes,
        IReadOnlyList<string> resolutions,
        SeedreamModelLimits limits,
        IReadOnlyList<SeedreamExtraOption> extras,
        IReadOnlyList<string>? notes = null,
        IReadOnlyList<SeedreamModelHost>? hosts = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        Sizes = sizes ?? throw new ArgumentNullException(nameof(sizes));
        Resolutions = resolutions ?? throw new ArgumentNullException(nameof(resolutions));
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        Extras = extras ?? throw new ArgumentNullException(nameof(extras));
        Notes = notes ?? Array.Empty<string>();
        Hosts = hosts ?? new[] { new SeedreamModelHost(SeedreamHost.Gateway, id, null, callbacks: true) };
    }

    /// <summary>The model id sent as <c>model</c>, e.g. <c>seedream-5.0</c>.</summary>
    public string Id { get; }

    /// <summary>The generated entry type's name, e.g. <c>Seedream50</c>.</summary>
    public string TypeName { get; }

    /// <summary>One line that says what the model is good at.</summary>
    public string Description { get; }

    /// <summary>Accepted aspect ratios, e.g. <c>16:9</c>.</summary>
    public IReadOnlyList<string> Sizes { get; }

    /// <summary>Accepted resolutions, e.g. <c>2K</c>.</summary>
    public IReadOnlyList<string> Resolutions { get; }

    /// <summary>The numeric limits.</summary>
    public SeedreamModelLimits Limits { get; }

    /// <summary>The model-specific options, written inside the request's <c>extra</c> object.</summary>
    public IReadOnlyList<SeedreamExtraOption> Extras { get; }

    /// <summary>Where the seed and upstream documents disagree, and what the table follows.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The hosts that serve the model, each with the model's id there; the gateway's id is <see cref="Id"/>.</summary>
    public IReadOnlyList<SeedreamModelHost> Hosts { get; }

    /// <summary>How <paramref name="host"/> serves the model, or <see langword="null"/> when it does not.</summary>
    /// <param name="host">The host.</param>
    public SeedreamModelHost? At(SeedreamHost host)
    {
        foreach (var entry in Hosts)
        {
            if (entry.Host == host)
            {
                return entry;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
