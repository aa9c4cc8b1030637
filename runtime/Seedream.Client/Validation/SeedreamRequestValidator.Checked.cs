namespace Seedream;

/// <summary>The client's entry to <see cref="SeedreamRequestValidator"/>: a request checked, or refused with every problem found.</summary>
internal static partial class SeedreamRequestValidator
{
    /// <summary>
    /// The request checked against the table it carries, else the one <paramref name="catalog"/> has for its model,
    /// with options given as text (<c>Extra("stream", "true")</c>) read by the table's kinds.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="catalog">Where a request without a table finds its model, and which other models are named in hints.</param>
    /// <exception cref="SeedreamValidationException">Lists every problem found.</exception>
    public static SeedreamRequest Checked(SeedreamRequest request, SeedreamModelCatalog catalog) =>
        Checked(request, request.Table ?? catalog.Find(request.Model), catalog);

    /// <summary>The request checked against <paramref name="table"/>; see <see cref="Checked(SeedreamRequest, SeedreamModelCatalog)"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="table">The model's table; <see langword="null"/> when the model is unknown.</param>
    /// <param name="catalog">The models named in the problems' hints.</param>
    /// <exception cref="SeedreamValidationException">Lists every problem found.</exception>
    public static SeedreamRequest Checked(SeedreamRequest request, SeedreamModelTable? table, SeedreamModelCatalog catalog)
    {
        var resolved = table is null ? request : ExtraText.Read(request, table);
        var problems = FindProblems(Fields(resolved), table, catalog);
        return problems.Count > 0 ? throw new SeedreamValidationException(problems) : resolved;
    }

    private static RequestFields Fields(SeedreamRequest request) =>
        new RequestFields(request.Model, request.Prompt, request.Size, request.Resolution, request.ReferenceImages, request.ImageCount, request.CallbackUrl, request.Extras);
}
