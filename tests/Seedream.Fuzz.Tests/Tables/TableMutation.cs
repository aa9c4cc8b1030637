namespace Seedream.Fuzz.Tests.Tables;

/// <summary>A mutation and its three random operands (positions and choices, taken modulo what they index).</summary>
internal sealed record TableMutation(TableMutationKind Kind, int A, int B, int C)
{
    public override string ToString() => $"{Kind}({A}, {B}, {C})";
}
