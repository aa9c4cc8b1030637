namespace Seedream.Generators.Model;

/// <summary>A model as the targeted host serves it.</summary>
/// <param name="Table">The model's table with only the extras taken at the host (<see cref="ModelTableSpec.OnHost"/>).</param>
/// <param name="Host">The host's entry in the table: the model's id there, and whether it takes callbacks.</param>
internal sealed record HostedTable(ModelTableSpec Table, HostSpec Host);
