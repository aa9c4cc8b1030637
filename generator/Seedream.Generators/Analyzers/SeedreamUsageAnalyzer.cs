using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Seedream.Generators.Diagnostics;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;
using Seedream.Rules;

namespace Seedream.Generators.Analyzers;

/// <summary>
/// Checks constant arguments of generated Seedream builders against the model's limits: a number option
/// out of range (SEEDREAM101), too many reference images (SEEDREAM102), an image count below 1
/// (SEEDREAM103), reference images + image count above the image-set total (SEEDREAM104, read along the
/// fluent chain), a prompt longer than recommended (SEEDREAM105, warning) and a callback URL that is not
/// an absolute http(s) URL (SEEDREAM106). Whether a value breaks a rule, and the sentence that says so, come
/// from <see cref="SeedreamRules"/>, the rules the client's builder and validation enforce at run time. It reads
/// the model tables the generator reads, and knows the generated builders by their names.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SeedreamUsageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property of SEEDREAM101 and SEEDREAM103 holding the nearest allowed value, as C# source, for the code fix.</summary>
    public const string NearestValueProperty = "NearestValue";

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
        AnalyzerTables.OnCompilationWithTables(context, static (start, tables) =>
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, tables), OperationKind.Invocation));
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, AnalyzerTables tables)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (tables.ModelOfEntryType(method.ContainingType) is { } entryModel)
        {
            if (method.Name == BuilderMembers.Generate)
            {
                CheckPrompt(context, invocation, entryModel);
            }

            return;
        }

        var model = tables.ModelOfBuilder(method.ContainingType);
        if (model is null)
        {
            return;
        }

        switch (method.Name)
        {
            case BuilderMembers.ImageCount:
                CheckImageCount(context, invocation);
                break;
            case BuilderMembers.CallbackUrl:
                CheckCallbackUrl(context, invocation);
                break;
            default:
                if (AnalyzerTables.Extra(model, method.Name) is { Kind: ExtraKind.Number } number)
                {
                    CheckRange(context, invocation, model, number);
                }

                break;
        }

        if (IsEndOfChain(invocation, tables))
        {
            CheckChain(context, tables, invocation, model);
        }
    }

    private static void CheckRange(OperationAnalysisContext context, IInvocationOperation invocation, ModelTableSpec model, ExtraSpec number)
    {
        foreach (var argument in invocation.Arguments)
        {
            var constant = argument.Value.ConstantValue;
            if (!constant.HasValue || constant.Value is null || constant.Value is string || constant.Value is bool)
            {
                continue;
            }

            var value = Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture);
            if (SeedreamRules.NumberOutOfRange(model.Id, invocation.TargetMethod.Name, value, number.Minimum, number.Maximum) is string problem)
            {
                var nearest = value < number.Minimum ? number.Minimum : number.Maximum;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NumberOutOfRange,
                    argument.Syntax.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty.Add(NearestValueProperty, double.IsNaN(value) || nearest is null ? null : Format(nearest.Value)),
                    problem));
            }
        }
    }

    private static void CheckPrompt(OperationAnalysisContext context, IInvocationOperation invocation, ModelTableSpec model)
    {
        if (invocation.Arguments.Length == 0 || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string prompt })
        {
            return;
        }

        var length = new StringInfo(prompt).LengthInTextElements;
        if (SeedreamRules.PromptTooLong(model.Id, length, model.Limits.RecommendedPromptLength) is string problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PromptTooLong, invocation.Arguments[0].Syntax.GetLocation(), problem));
        }
    }

    private static void CheckImageCount(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (ImageCountOf(invocation) is int count && SeedreamRules.ImageCountBelowOne(count) is string problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ImageCountBelowOne,
                invocation.Arguments[0].Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(NearestValueProperty, "1"),
                problem));
        }
    }

    private static void CheckCallbackUrl(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length == 0 || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string url })
        {
            return;
        }

        if (SeedreamRules.CallbackUrlNotHttp(url) is string problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CallbackUrlNotHttp, invocation.Arguments[0].Syntax.GetLocation(), problem));
        }
    }

    /// <summary>Walks the fluent chain that ends at <paramref name="end"/> back to its start, in source order.</summary>
    private static void CheckChain(OperationAnalysisContext context, AnalyzerTables tables, IInvocationOperation end, ModelTableSpec model)
    {
        var calls = new List<IInvocationOperation>();
        for (IOperation? current = end; current is IInvocationOperation call && tables.ModelOfBuilder(call.TargetMethod.ContainingType) is not null; current = call.Instance)
        {
            calls.Add(call);
        }

        calls.Reverse();
        var images = 0;
        var imagesKnown = true;
        IInvocationOperation? lastImageCount = null;
        foreach (var call in calls)
        {
            switch (call.TargetMethod.Name)
            {
                case BuilderMembers.ReferenceImage or BuilderMembers.ReferenceImages when imagesKnown:
                    var added = ReferenceImageCountOf(call);
                    if (added is null)
                    {
                        imagesKnown = false;
                        break;
                    }

                    var alreadyTooMany = SeedreamRules.TooManyReferenceImages(model.Id, images, model.Limits.MaxReferenceImages) is not null;
                    images += added.Value;
                    if (!alreadyTooMany && SeedreamRules.TooManyReferenceImages(model.Id, images, model.Limits.MaxReferenceImages) is string tooMany)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TooManyReferenceImages, ArgumentsLocation(call), tooMany));
                    }

                    break;
                case BuilderMembers.ImageCount:
                    lastImageCount = call;
                    break;
            }
        }

        if (imagesKnown && lastImageCount is not null && ImageCountOf(lastImageCount) is int count
            && SeedreamRules.ImageSetTooLarge(model.Id, images, count, model.Limits.MaxImageSetTotal) is string tooLarge)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImageSetTooLarge, lastImageCount.Arguments[0].Syntax.GetLocation(), tooLarge));
        }
    }

    /// <summary>Whether no builder method is called on the result of <paramref name="invocation"/>.</summary>
    private static bool IsEndOfChain(IInvocationOperation invocation, AnalyzerTables tables)
        => !(invocation.Parent is IInvocationOperation parent
             && ReferenceEquals(parent.Instance, invocation)
             && tables.ModelOfBuilder(parent.TargetMethod.ContainingType) is not null);

    /// <summary>How many images one call adds, when the arguments show it; otherwise <see langword="null"/>.</summary>
    private static int? ReferenceImageCountOf(IInvocationOperation call)
    {
        if (call.Arguments.Length != 1)
        {
            return null;
        }

        if (call.TargetMethod.Name == BuilderMembers.ReferenceImage)
        {
            return 1;
        }

        var argument = call.Arguments[0];
        return argument.Value is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues.Length : null;
    }

    private static int? ImageCountOf(IInvocationOperation call)
        => call.Arguments.Length == 1 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int count } ? count : null;

    private static Location ArgumentsLocation(IInvocationOperation call)
        => call.Syntax is InvocationExpressionSyntax syntax ? syntax.ArgumentList.GetLocation() : call.Syntax.GetLocation();

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
