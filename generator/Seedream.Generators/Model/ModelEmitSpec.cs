namespace Seedream.Generators.Model;

/// <summary>What one model's source file is made from: its table and what the compilation asks to be emitted.</summary>
/// <param name="Table">The model's table.</param>
/// <param name="Options">Builders or data only; nullable annotations or C# 7.3.</param>
internal sealed record ModelEmitSpec(ModelTableSpec Table, EmitOptions Options);
