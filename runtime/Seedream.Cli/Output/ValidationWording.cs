using System;
using System.Linq;

namespace Seedream.Cli.Output;

/// <summary>A request the model does not accept, said with the command-line options the user typed (<c>--count</c>, <c>--size</c>, …) instead of the API's field names.</summary>
internal static class ValidationWording
{
    private const string ExtraPrefix = "extra.";

    /// <summary>One line per problem, after a first line saying nothing was sent.</summary>
    /// <param name="exception">The client's validation failure.</param>
    /// <param name="table">The request's model, when known.</param>
    public static string Describe(SeedreamValidationException exception, SeedreamModelTable? table)
    {
        var lines = exception.Problems.Select(p => Describe(p, table)).ToList();
        return lines.Count == 1
            ? "Nothing was sent: " + lines[0]
            : "Nothing was sent:" + Environment.NewLine + string.Join(Environment.NewLine, lines.Select(l => "- " + l));
    }

    private static string Describe(SeedreamValidationProblem problem, SeedreamModelTable? table)
    {
        var option = Option(problem.Parameter);
        var given = string.IsNullOrEmpty(problem.Value) ? string.Empty : " " + TerminalText.Escape(problem.Value);
        var model = table?.Id ?? "the model";
        var allowed = TerminalText.Escape(problem.Allowed)!.TrimEnd('.');
        if (table is not null && problem.Parameter.StartsWith(ExtraPrefix, StringComparison.Ordinal)
            && !table.Extras.Any(o => o.Path == problem.Parameter[ExtraPrefix.Length..]))
        {
            var path = problem.Parameter[ExtraPrefix.Length..];
            var elsewhere = KnownModels.Shipped.All.Where(t => t.Extras.Any(o => o.Path == path)).Select(t => t.Id).ToList();
            var hint = elsewhere.Count > 0 ? $" ({string.Join(", ", elsewhere)} {(elsewhere.Count == 1 ? "has" : "have")} it)" : string.Empty;
            return $"{model} has no {option} option{hint}; its extra options: {allowed}.";
        }

        return $"{model} does not accept {option}{given}; allowed: {allowed}.";
    }

    private static string Option(string parameter) => parameter switch
    {
        "n" => "--count",
        "size" => "--size",
        "resolution" => "--resolution",
        "model" => "--model",
        "prompt" => "the prompt",
        "watermark" => "--watermark",
        "extra.output_format" => "--format",
        "extra.tools" => "--web-search",
        _ when parameter.StartsWith("image_urls", StringComparison.Ordinal) => "--image",
        _ when parameter.StartsWith(ExtraPrefix, StringComparison.Ordinal) => "--extra " + TerminalText.Escape(parameter[ExtraPrefix.Length..]),
        _ => TerminalText.Escape(parameter)!,
    };
}
