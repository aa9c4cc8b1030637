using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream;

/// <summary>
/// The request does not fit the model's table (unknown model, unsupported size, resolution or extra,
/// a number out of range, too many images). Raised by <see cref="SeedreamRequestBuilder.Build"/> or before any HTTP
/// call at submit; nothing was sent or billed. Its kind is <see cref="SeedreamErrorKind.InvalidRequest"/>. The API's own 400 answer is <see cref="SeedreamInvalidRequestException"/>.
/// </summary>
public sealed class SeedreamValidationException : SeedreamException
{
    /// <summary>Creates the error from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public SeedreamValidationException(IReadOnlyList<SeedreamValidationProblem> problems)
        : base(SeedreamErrorKind.InvalidRequest, BuildMessage(problems), null)
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in request order.</summary>
    public IReadOnlyList<SeedreamValidationProblem> Problems { get; }

    /// <summary>The parameter of the first problem, e.g. <c>resolution</c> or <c>extra.guidance_scale</c>.</summary>
    public string Parameter => Problems[0].Parameter;

    private static string BuildMessage(IReadOnlyList<SeedreamValidationProblem> problems)
    {
        if (problems is null || problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        return problems.Count == 1
            ? "The request was not sent: " + problems[0].Message
            : "The request was not sent; " + problems.Count + " problems:" + Environment.NewLine +
              string.Join(Environment.NewLine, problems.Select(p => "- " + p.Message));
    }
}
