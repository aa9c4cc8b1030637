using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Xunit;

namespace Seedream.Client.Tests.PublicSurface;

/// <summary>
/// The builder (rules at the call and at Build) and run-time validation (at submit, from a bare model id) accept and
/// refuse the same requests, at every boundary of every shipped table: reference images around the model's maximum,
/// image counts around 1 and the image-set total, number options around their range, callback URLs of every kind.
/// </summary>
public class RuleAgreementPropertyTests
{
    private static readonly IReadOnlyList<SeedreamModelTable> Tables = SeedreamModelCatalog.Shipped.All;

    private static readonly string?[] Callbacks = { null, "https://hooks.test/done", "http://hooks.test/done", "ftp://hooks.test/done", "/relative/done", "not a url" };

    [Fact]
    public void BuilderAndRunTimeValidation_Agree_AtEveryBoundaryOfEveryShippedTable()
    {
        var cases =
            from table in Gen.OneOf(Tables.ToArray())
            from references in Boundary(0, table.Limits.MaxReferenceImages)
            from count in Gen.OneOf(Boundary(1, 1), Boundary(1, table.Limits.MaxImageSetTotal - references), Boundary(1, table.Limits.MaxImageSetTotal)).Select(n => (int?)n)
            from callback in Gen.OneOf(Callbacks)
            from number in NumberCase(table)
            select (table, references, count, callback, number);

        cases.Sample(c => Assert.Equal(RunTimeAccepts(c.table, c.references, c.count, c.callback, c.number), BuilderAccepts(c.table, c.references, c.count, c.callback, c.number)), iter: 3000);
    }

    [Fact]
    public void TheProperty_CanFail_WhenOneSideSkipsARule()
    {
        var table = Tables.First(t => t.Limits.MaxReferenceImages > 0);

        var tooMany = table.Limits.MaxReferenceImages + 1;

        Assert.False(BuilderAccepts(table, tooMany, null, null, null));
        Assert.False(RunTimeAccepts(table, tooMany, null, null, null));
        Assert.True(BuilderAccepts(table, tooMany - 1, null, null, null));
    }

    /// <summary>Values at and next to a boundary, and a little below and above it.</summary>
    private static Gen<int> Boundary(int low, int high) => Gen.OneOf(Gen.Int[low - 1, low + 1], Gen.Int[high - 1, high + 1]);

    /// <summary>A number option of the table (if any) with a value at, inside or just outside its range, or NaN.</summary>
    private static Gen<(string Path, double Value)?> NumberCase(SeedreamModelTable table)
    {
        var numbers = table.Extras.Where(o => o.Kind == SeedreamExtraKind.Number && o.Minimum.HasValue && o.Maximum.HasValue).ToList();
        if (numbers.Count == 0)
        {
            return Gen.Const(default((string, double)?));
        }

        return from option in Gen.OneOf(numbers.ToArray())
               from value in Gen.OneOf(option.Minimum!.Value, option.Maximum!.Value, option.Minimum.Value - 1e-9, option.Maximum.Value + 1e-9, (option.Minimum.Value + option.Maximum.Value) / 2, double.NaN)
               select ((string, double)?)(option.Path, value);
    }

    private static bool BuilderAccepts(SeedreamModelTable table, int references, int? count, string? callback, (string Path, double Value)? number)
    {
        try
        {
            var builder = SeedreamRequest.ForModel(table).Prompt("a cat");
            for (var i = 0; i < Math.Max(0, references); i++)
            {
                builder.ReferenceImage($"https://images.test/{i}.png");
            }

            if (count is int n)
            {
                builder.ImageCount(n);
            }

            if (callback is not null)
            {
                builder.CallbackUrl(callback);
            }

            if (number is { } option)
            {
                builder.Extra(option.Path, option.Value);
            }

            builder.Build();
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or SeedreamValidationException)
        {
            return false;
        }
    }

    private static bool RunTimeAccepts(SeedreamModelTable table, int references, int? count, string? callback, (string Path, double Value)? number)
    {
        var extras = new Dictionary<string, object>();
        if (number is { } option)
        {
            extras[option.Path] = option.Value;
        }

        // Made as the emulator makes requests from the wire: no single-argument check has run.
        var request = new SeedreamRequest(
            table.Id,
            null,
            "a cat",
            null,
            null,
            Enumerable.Range(0, Math.Max(0, references)).Select(i => new Uri($"https://images.test/{i}.png")).ToArray(),
            count,
            null,
            callback is null ? null : new Uri(callback, UriKind.RelativeOrAbsolute),
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
}
