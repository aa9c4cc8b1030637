using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>Reads the generator's tracked steps back.</summary>
internal static class StepOutputs
{
    public static readonly string[] TrackedStepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>Every (step, output) of the tracked steps.</summary>
    public static IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> Tracked(GeneratorRunResult result)
        => result.TrackedSteps
            .Where(pair => TrackedStepNames.Contains(pair.Key))
            .SelectMany(pair => pair.Value.SelectMany(step => step.Outputs.Select(output => (pair.Key, output.Value, output.Reason))));

    /// <summary>Every output of the steps that add sources or report diagnostics.</summary>
    public static IEnumerable<IncrementalStepRunReason> SourceOutputs(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(pair => pair.Value.SelectMany(step => step.Outputs.Select(output => output.Reason)));

    /// <summary>The model id inside a <c>ModelSources</c> output (a record internal to the generator).</summary>
    public static string ModelId(object modelSource)
    {
        var model = modelSource.GetType().GetProperty("Model")!.GetValue(modelSource)!;
        var table = model.GetType().GetProperty("Table")!.GetValue(model)!;
        return (string)table.GetType().GetProperty("Id")!.GetValue(table)!;
    }

    /// <summary>Finds any symbol, compilation or syntax node reachable from a step output, describing where.</summary>
    public static IEnumerable<string> ForbiddenObjects(object? value, string path, int depth = 0)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value is Enum)
        {
            yield break;
        }

        if (value is ISymbol or Compilation or SyntaxNode or SemanticModel)
        {
            yield return $"{path}: {value.GetType().FullName}";
            yield break;
        }

        var type = value.GetType();
        if (value is IEnumerable items && (type.Assembly == typeof(TrackingNames).Assembly || type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true))
        {
            var index = 0;
            foreach (var item in items)
            {
                foreach (var found in ForbiddenObjects(item, $"{path}[{index++}]", depth + 1))
                {
                    yield return found;
                }
            }

            yield break;
        }

        var isTuple = type.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true;
        if (!isTuple && type.Assembly != typeof(TrackingNames).Assembly)
        {
            yield break;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            foreach (var found in ForbiddenObjects(field.GetValue(value), $"{path}.{field.Name}", depth + 1))
            {
                yield return found;
            }
        }
    }
}
