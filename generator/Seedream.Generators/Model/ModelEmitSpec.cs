namespace Seedream.Generators.Model;

/// <summary>What one model's source file is made from: the model at the targeted host and what the compilation asks to be emitted.</summary>
/// <param name="Model">The model's table as the host serves it, and the host's entry.</param>
/// <param name="Options">Builders or data only; nullable annotations or C# 7.3.</param>
internal sealed record ModelEmitSpec(HostedTable Model, EmitOptions Options);
