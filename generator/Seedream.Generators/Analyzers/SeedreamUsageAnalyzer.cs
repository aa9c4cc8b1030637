using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Seedream.Generators.Diagnostics;

namespace Seedream.Generators.Analyzers;

/// <summary>
/// Checks constant arguments of generated Seedream builders against the model's limits: a number option
/// out of range (SEEDREAM101), too many reference images (SEEDREAM102), an image count below 1
/// (SEEDREAM103), reference images + image count above the image-set total (SEEDREAM104, read along the
/// fluent chain), a prompt longer than recommended (SEEDREAM105, warning) and a callback URL that is not
/// an absolute http(s) URL (SEEDREAM106). It reads the <c>Seedream.Annotations</c> attributes the
/// generator puts on the builders, not the tables.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SeedreamUsageAnalyzer : DiagnosticAnalyzer
{
    private const string PromptField = "prompt";
    private const string ReferenceImagesField = "image_urls";
    private const string ImageCountField = "n";
    private const string CallbackUrlField = "callback_url";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NumberOutOfRange,
        DiagnosticDescriptors.TooManyReferenceImages,
        DiagnosticDescriptors.ImageCountBelowOne,
        DiagnosticDescriptors.ImageSetTooLarge,
        DiagnosticDescriptors.PromptTooLong,
        DiagnosticDescriptors.CallbackUrlNotHttp);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SeedreamSymbols.Resolve(start.Compilation);
            if (symbols is not null)
            {
                start.RegisterOperationAction(operation => AnalyzeInvocation(operation, symbols), OperationKind.Invocation);
            }
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, SeedreamSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var model = symbols.ModelOf(invocation.TargetMethod.ContainingType);
        if (model is null)
        {
            return;
        }

        CheckRanges(context, symbols, invocation, model);
        switch (symbols.RequestFieldOf(invocation.TargetMethod))
        {
            case PromptField:
                CheckPrompt(context, invocation, model);
                break;
            case ImageCountField:
                CheckImageCount(context, invocation, model);
                break;
            case CallbackUrlField:
                CheckCallbackUrl(context, invocation, model);
                break;
        }

        if (IsEndOfChain(invocation, symbols))
        {
            CheckChain(context, symbols, invocation, model);
        }
    }

    private static void CheckRanges(OperationAnalysisContext context, SeedreamSymbols symbols, IInvocationOperation invocation, ModelLimits model)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is null || symbols.RangeOf(argument.Parameter) is not { } range)
            {
                continue;
            }

            var constant = argument.Value.ConstantValue;
            if (!constant.HasValue || constant.Value is null || constant.Value is string || constant.Value is bool)
            {
                continue;
            }

            var value = Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture);
            if (value < range.Minimum || value > range.Maximum || double.IsNaN(value))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NumberOutOfRange,
                    argument.Syntax.GetLocation(),
                    invocation.TargetMethod.Name,
                    Format(value),
                    model.Id,
                    Format(range.Minimum),
                    Format(range.Maximum)));
            }
        }
    }

    private static void CheckPrompt(OperationAnalysisContext context, IInvocationOperation invocation, ModelLimits model)
    {
        if (invocation.Arguments.Length == 0 || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string prompt })
        {
            return;
        }

        var length = new StringInfo(prompt).LengthInTextElements;
        if (length > model.RecommendedPromptLength)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.PromptTooLong,
                invocation.Arguments[0].Syntax.GetLocation(),
                Format(length),
                model.Id,
                Format(model.RecommendedPromptLength)));
        }
    }

    private static void CheckImageCount(OperationAnalysisContext context, IInvocationOperation invocation, ModelLimits model)
    {
        if (ImageCountOf(invocation) is int count && count < 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ImageCountBelowOne,
                invocation.Arguments[0].Syntax.GetLocation(),
                Format(count),
                model.Id));
        }
    }

    private static void CheckCallbackUrl(OperationAnalysisContext context, IInvocationOperation invocation, ModelLimits model)
    {
        if (invocation.Arguments.Length == 0 || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string url })
        {
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.CallbackUrlNotHttp,
                invocation.Arguments[0].Syntax.GetLocation(),
                url,
                model.Id));
        }
    }

    /// <summary>Walks the fluent chain that ends at <paramref name="end"/> back to its start, in source order.</summary>
    private static void CheckChain(OperationAnalysisContext context, SeedreamSymbols symbols, IInvocationOperation end, ModelLimits model)
    {
        var calls = new List<IInvocationOperation>();
        for (IOperation? current = end; current is IInvocationOperation call && symbols.ModelOf(call.TargetMethod.ContainingType) is not null; current = call.Instance)
        {
            calls.Add(call);
        }

        calls.Reverse();
        var images = 0;
        var imagesKnown = true;
        IInvocationOperation? lastImageCount = null;
        foreach (var call in calls)
        {
            switch (symbols.RequestFieldOf(call.TargetMethod))
            {
                case ReferenceImagesField when imagesKnown:
                    var added = ReferenceImageCountOf(call);
                    if (added is null)
                    {
                        imagesKnown = false;
                        break;
                    }

                    var before = images;
                    images += added.Value;
                    if (before <= model.MaxReferenceImages && images > model.MaxReferenceImages)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.TooManyReferenceImages,
                            ArgumentsLocation(call),
                            Format(images),
                            model.Id,
                            Format(model.MaxReferenceImages)));
                    }

                    break;
                case ImageCountField:
                    lastImageCount = call;
                    break;
            }
        }

        if (!imagesKnown || lastImageCount is null || ImageCountOf(lastImageCount) is not int count || count <= 1)
        {
            return;
        }

        if (images + count > model.MaxImageSetTotal)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ImageSetTooLarge,
                lastImageCount.Arguments[0].Syntax.GetLocation(),
                Format(images),
                Format(count),
                Format(images + count),
                model.Id,
                Format(model.MaxImageSetTotal)));
        }
    }

    /// <summary>Whether no builder method is called on the result of <paramref name="invocation"/>.</summary>
    private static bool IsEndOfChain(IInvocationOperation invocation, SeedreamSymbols symbols)
        => !(invocation.Parent is IInvocationOperation parent
             && ReferenceEquals(parent.Instance, invocation)
             && symbols.ModelOf(parent.TargetMethod.ContainingType) is not null);

    /// <summary>How many images one call adds, when the arguments show it; otherwise <see langword="null"/>.</summary>
    private static int? ReferenceImageCountOf(IInvocationOperation call)
    {
        if (call.Arguments.Length != 1)
        {
            return null;
        }

        var argument = call.Arguments[0];
        if (argument.Parameter is { IsParams: false, Type.SpecialType: SpecialType.System_String })
        {
            return 1;
        }

        return argument.Value is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues.Length : null;
    }

    private static int? ImageCountOf(IInvocationOperation call)
        => call.Arguments.Length == 1 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int count } ? count : null;

    private static Location ArgumentsLocation(IInvocationOperation call)
        => call.Syntax is InvocationExpressionSyntax syntax ? syntax.ArgumentList.GetLocation() : call.Syntax.GetLocation();

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
