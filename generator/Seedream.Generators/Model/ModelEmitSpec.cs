namespace Seedream.Generators.Model;

/// <summary>What one model's source file is made from: its table and the options other models have but it lacks.</summary>
/// <param name="Table">The model's table.</param>
/// <param name="Unsupported">Options emitted as compile errors (obsolete with <c>error: true</c>).</param>
internal sealed record ModelEmitSpec(ModelTableSpec Table, EquatableArray<ModelOption> Unsupported);
