using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Seedream.Batch.Ledger;

namespace Seedream.Batch.Input;

/// <summary>Turns a line's <c>name</c> into a file name stem that is safe on every file system and unique in its batch.</summary>
public static class OutputNames
{
    /// <summary>The longest stem kept, in characters, so that a suffix and an extension still fit common limits.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// Keeps letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, replaces every other character with <c>_</c> (runs of them
    /// with one), trims dots and underscores at the ends (no hidden files, no <c>..</c>), and cuts to <see cref="MaxLength"/>.
    /// </summary>
    /// <param name="name">The name asked for.</param>
    /// <returns>The safe stem; <c>image</c> when nothing of the name is left.</returns>
    public static string Sanitise(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            var keep = char.IsLetterOrDigit(c) || c is '-' or '_' or '.';
            if (keep)
            {
                safe.Append(c);
            }
            else if (safe.Length == 0 || safe[safe.Length - 1] != '_')
            {
                safe.Append('_');
            }
        }

        var text = safe.ToString().Trim('.', '_');
        if (text.Length > MaxLength)
        {
            text = text.Substring(0, MaxLength).TrimEnd('.', '_');
        }

        return text.Length == 0 ? "image" : text;
    }

    /// <summary>
    /// The stem for a job: its sanitised <c>name</c>, or <c>line-&lt;number&gt;</c> without one, with <c>-2</c>, <c>-3</c>, …
    /// added until neither the stem nor any file name the job's images take (<see cref="ImageStems"/>) is one another
    /// job of the batch already has (compared without regard to case, as some file systems do): a job <c>a</c> of two
    /// images (<c>a-0</c>, <c>a-1</c>) and a job named <c>a-1</c> never share a file.
    /// </summary>
    /// <param name="name">The name asked for, or <see langword="null"/>.</param>
    /// <param name="lineNumber">The job's line number.</param>
    /// <param name="imageCount">How many images the job asks for (<c>n</c>; 1 when not given).</param>
    /// <param name="taken">The stems and image file stems already given; the job's are added to it.</param>
    public static string Assign(string? name, int lineNumber, int imageCount, ISet<string> taken)
    {
        var stem = name is null ? "line-" + lineNumber.ToString(CultureInfo.InvariantCulture) : Sanitise(name);
        var candidate = stem;
        for (var suffix = 2; taken.Contains(candidate) || ImageStems(candidate, imageCount).Any(taken.Contains); suffix++)
        {
            candidate = stem + "-" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        taken.Add(candidate);
        taken.UnionWith(ImageStems(candidate, imageCount));
        return candidate;
    }

    /// <summary>The file name stems (without extension) of a job's images: <c>stem</c> for one image, <c>stem-0</c> … <c>stem-(n-1)</c> for a set.</summary>
    /// <param name="stem">The job's stem.</param>
    /// <param name="imageCount">How many images it asks for.</param>
    public static IEnumerable<string> ImageStems(string stem, int imageCount) =>
        imageCount <= 1 ? new[] { stem } : Enumerable.Range(0, imageCount).Select(index => ImageStem(stem, index));

    /// <summary>The file name stem of image <paramref name="index"/> of a set: <c>stem-index</c>.</summary>
    /// <param name="stem">The job's stem.</param>
    /// <param name="index">The image's position in the task's result, from 0.</param>
    public static string ImageStem(string stem, int index) => stem + "-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every stem a recorded job holds: its own, its images' as asked for, and those of the files it saved.</summary>
    /// <param name="job">The job as the ledger records it.</param>
    internal static IEnumerable<string> Reserved(BatchJob job)
    {
        var imageCount = BatchFileReader.TryParse(job.LineNumber, job.Request, out var line) is null ? line!.ImageCount ?? 1 : 1;
        return new[] { job.Name }
            .Concat(ImageStems(job.Name, imageCount))
            .Concat(job.Files.Select(file => Path.GetFileNameWithoutExtension(file.Path)));
    }

    /// <summary>A set for <see cref="Assign"/> that compares stems as a case-insensitive file system does.</summary>
    public static ISet<string> NewSet() => new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
