using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Seedream.Client.Tests.PublicSurface;

/// <summary>
/// The usage analyzer (compile time, constant arguments), the builder (rules at the call and at Build) and run-time
/// validation (at submit, from a bare model id) accept and refuse the same requests, at every boundary of every shipped
/// table: reference images around the model's maximum, image counts around 1 and the image-set total, number options
/// around their range, callback URLs of every kind.
/// </summary>
public class RuleAgreementPropertyTests
{
    /// <summary>The line of the first case in <see cref="ConsumerSource"/>.</summary>
    private const int FirstCaseLine = 3;

    private static readonly IReadOnlyList<SeedreamModelTable> Tables = SeedreamModelCatalog.Shipped.All;

    private static readonly string?[] Callbacks = { null, "https://hooks.test/done", "http://hooks.test/done", "ftp://hooks.test/done", "/relative/done", "not a url" };

    private static readonly Gen<RuleCase> Cases =
        from table in Gen.OneOf(Tables.ToArray())
        from references in Boundary(0, table.Limits.MaxReferenceImages)
        from count in Gen.OneOf(Boundary(1, 1), Boundary(1, table.Limits.MaxImageSetTotal - references), Boundary(1, table.Limits.MaxImageSetTotal)).Select(n => (int?)n)
        from callback in Gen.OneOf(Callbacks)
        from number in NumberCase(table)
        select new RuleCase(table, references, count, callback, number);

    [Fact]
    public void BuilderAndRunTimeValidation_Agree_AtEveryBoundaryOfEveryShippedTable()
    {
        Cases.Sample(c => Assert.Equal(RunTimeAccepts(c), BuilderAccepts(c)), iter: 3000);
    }

    [Fact]
    public void Analyzer_ReportsAnError_ExactlyWhenTheBuilderRefuses_AtEveryBoundaryOfEveryShippedTable()
    {
        Cases.Array[50].Sample(
            batch =>
            {
                var errorLines = ConsumerAnalysis.UsageDiagnostics(ConsumerSource(batch))
                    .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                    .Select(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line)
                    .ToHashSet();
                for (var i = 0; i < batch.Length; i++)
                {
                    var builderRefuses = !BuilderAccepts(batch[i]);
                    var analyzerReports = errorLines.Contains(FirstCaseLine + i);
                    Assert.True(
                        builderRefuses == analyzerReports,
                        $"{ConsumerCall(batch[i])}: the builder {(builderRefuses ? "refuses" : "accepts")} it, the analyzer {(analyzerReports ? "reports" : "does not report")} it.");
                }
            },
            iter: 12);
    }

    [Fact]
    public void TheProperty_CanFail_WhenOneSideSkipsARule()
    {
        var table = Tables.First(t => t.Limits.MaxReferenceImages > 0);

        var tooMany = new RuleCase(table, table.Limits.MaxReferenceImages + 1, null, null, null);

        Assert.False(BuilderAccepts(tooMany));
        Assert.False(RunTimeAccepts(tooMany));
        Assert.True(BuilderAccepts(tooMany with { References = tooMany.References - 1 }));
        Assert.NotEmpty(ConsumerAnalysis.UsageDiagnostics(ConsumerSource(new[] { tooMany })));
        Assert.Empty(ConsumerAnalysis.UsageDiagnostics(ConsumerSource(new[] { tooMany with { References = tooMany.References - 1 } })));
    }

    /// <summary>Values at and next to a boundary, and a little below and above it.</summary>
    private static Gen<int> Boundary(int low, int high) => Gen.OneOf(Gen.Int[low - 1, low + 1], Gen.Int[high - 1, high + 1]);

    /// <summary>A number option of the table (if any) with a value at, inside or just outside its range, or NaN.</summary>
    private static Gen<NumberSetting?> NumberCase(SeedreamModelTable table)
    {
        var numbers = table.Extras.Where(o => o.Kind == SeedreamExtraKind.Number && o.Minimum.HasValue && o.Maximum.HasValue).ToList();
        if (numbers.Count == 0)
        {
            return Gen.Const(default(NumberSetting?));
        }

        return from option in Gen.OneOf(numbers.ToArray())
               from value in Gen.OneOf(option.Minimum!.Value, option.Maximum!.Value, option.Minimum.Value - 1e-9, option.Maximum.Value + 1e-9, (option.Minimum.Value + option.Maximum.Value) / 2, double.NaN)
               select (NumberSetting?)new NumberSetting(option, value);
    }

    private static string ReferenceUrl(int index) => $"https://images.test/{index}.png";

    /// <summary>One generated-builder chain per case, each on its own line from <see cref="FirstCaseLine"/>, with every argument a constant.</summary>
    private static string ConsumerSource(IReadOnlyList<RuleCase> cases)
    {
        var source = new StringBuilder("using Seedream.Models;\npublic static class Cases\n{\n");
        for (var i = 0; i < cases.Count; i++)
        {
            source.Append("    public static object Case").Append(i).Append("() => ").Append(ConsumerCall(cases[i])).Append(";\n");
        }

        return source.Append("}\n").ToString();
    }

    private static string ConsumerCall(RuleCase c)
    {
        var call = new StringBuilder(c.Table.TypeName).Append(".Generate(\"a cat\")");
        if (c.References > 0)
        {
            call.Append(".ReferenceImages(").Append(string.Join(", ", Enumerable.Range(0, c.References).Select(i => Literal(ReferenceUrl(i))))).Append(')');
        }

        if (c.Count is int n)
        {
            call.Append(".ImageCount(").Append(n.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (c.Callback is not null)
        {
            call.Append(".CallbackUrl(").Append(Literal(c.Callback)).Append(')');
        }

        if (c.Number is { } number)
        {
            var value = double.IsNaN(number.Value) ? "double.NaN" : number.Value.ToString("R", CultureInfo.InvariantCulture);
            call.Append('.').Append(number.Option.Name).Append('(').Append(value).Append(')');
        }

        return call.ToString();
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static bool BuilderAccepts(RuleCase c)
    {
        try
        {
            var builder = SeedreamRequest.ForModel(c.Table).Prompt("a cat");
            for (var i = 0; i < Math.Max(0, c.References); i++)
            {
                builder.ReferenceImage(ReferenceUrl(i));
            }

            if (c.Count is int n)
            {
                builder.ImageCount(n);
            }

            if (c.Callback is not null)
            {
                builder.CallbackUrl(c.Callback);
            }

            if (c.Number is { } number)
            {
                builder.Extra(number.Option.Path, number.Value);
            }

            builder.Build();
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or SeedreamValidationException)
        {
            return false;
        }
    }

    private static bool RunTimeAccepts(RuleCase c)
    {
        var extras = new Dictionary<string, object>();
        if (c.Number is { } number)
        {
            extras[number.Option.Path] = number.Value;
        }

        // Made as the emulator makes requests from the wire: no single-argument check has run.
        var request = new SeedreamRequest(
            c.Table.Id,
            null,
            "a cat",
            null,
            null,
            Enumerable.Range(0, Math.Max(0, c.References)).Select(i => new Uri(ReferenceUrl(i))).ToArray(),
            c.Count,
            null,
            c.Callback is null ? null : new Uri(c.Callback, UriKind.RelativeOrAbsolute),
            Array.Empty<string>(),
            extras);
        try
        {
            SeedreamModelCatalog.Shipped.Validate(request);
            return true;
        }
        catch (SeedreamValidationException)
        {
            return false;
        }
    }

    /// <summary>A number option and the value given to it.</summary>
    private sealed record NumberSetting(SeedreamExtraOption Option, double Value);

    /// <summary>One request: its model, how many reference images, the image count, the callback URL and a number option, each possibly unset.</summary>
    private sealed record RuleCase(SeedreamModelTable Table, int References, int? Count, string? Callback, NumberSetting? Number);
}
