using System.Collections.Generic;

namespace Seedream.Batch.Input;

/// <summary>
/// One request of a batch file, as written on its line with the wire's field names. Checked against the
/// model's table when the file is read (<see cref="BatchFileReader"/>), so a line that is here can be submitted.
/// </summary>
/// <param name="LineNumber">The line's number in the file, from 1.</param>
/// <param name="Text">The line exactly as written (stored in the ledger, so a resumed run sends the same request).</param>
/// <param name="Name">The <c>name</c> asked for the output files, before sanitising; <see langword="null"/> when not given.</param>
/// <param name="Model">The model id (<c>model</c>).</param>
/// <param name="Prompt">The prompt (<c>prompt</c>).</param>
/// <param name="Size">The aspect ratio (<c>size</c>), when given.</param>
/// <param name="Resolution">The resolution (<c>resolution</c>), when given.</param>
/// <param name="ImageCount">The number of images (<c>n</c>), when given.</param>
/// <param name="ImageUrls">The reference images (<c>image_urls</c>); empty when none.</param>
/// <param name="Watermark">Whether a watermark is added (<c>watermark</c>), when given.</param>
/// <param name="Extras">The options inside <c>extra</c>, flattened; empty when none.</param>
public sealed record BatchLine(
    int LineNumber,
    string Text,
    string? Name,
    string Model,
    string Prompt,
    string? Size,
    string? Resolution,
    int? ImageCount,
    IReadOnlyList<string> ImageUrls,
    bool? Watermark,
    IReadOnlyList<BatchExtra> Extras);
