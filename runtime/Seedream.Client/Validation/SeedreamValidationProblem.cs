namespace Seedream;

/// <summary>One way a request does not fit its model's table: the parameter, the value given and the values allowed.</summary>
public sealed class SeedreamValidationProblem
{
    /// <summary>Creates a problem description.</summary>
    /// <param name="parameter">The parameter as it is named on the wire, e.g. <c>resolution</c> or <c>extra.optimize_prompt_options.mode</c>.</param>
    /// <param name="value">The value given, as text.</param>
    /// <param name="allowed">What is allowed, as text (a list of values, a range, a limit).</param>
    /// <param name="message">The whole sentence, naming the model, the parameter, the value and what is allowed.</param>
    public SeedreamValidationProblem(string parameter, string? value, string allowed, string message)
    {
        Parameter = parameter;
        Value = value;
        Allowed = allowed;
        Message = message;
    }

    /// <summary>The parameter as it is named on the wire, e.g. <c>resolution</c> or <c>extra.optimize_prompt_options.mode</c>.</summary>
    public string Parameter { get; }

    /// <summary>The value given, as text; <see langword="null"/> when it was missing.</summary>
    public string? Value { get; }

    /// <summary>What is allowed, as text (a list of values, a range, a limit).</summary>
    public string Allowed { get; }

    /// <summary>The whole sentence, naming the model, the parameter, the value and what is allowed.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
