using System;
using System.Collections.Generic;
using Seedream.Batch.Input;

namespace Seedream.Batch.Running;

/// <summary>
/// The batch was not started because of its input or its output folder: invalid lines (without leave to skip
/// them), an input that changed since the ledger was made (without leave to go on), or another run using the
/// folder. Nothing was submitted.
/// </summary>
public sealed class BatchInputException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What is wrong and what the user can do.</param>
    /// <param name="problems">The invalid lines, when that is the reason.</param>
    public BatchInputException(string message, IReadOnlyList<BatchLineProblem>? problems = null)
        : base(message)
    {
        Problems = problems ?? Array.Empty<BatchLineProblem>();
    }

    /// <summary>The invalid lines, when that is the reason; otherwise empty.</summary>
    public IReadOnlyList<BatchLineProblem> Problems { get; }
}
