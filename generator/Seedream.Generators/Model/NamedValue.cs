namespace Seedream.Generators.Model;

/// <summary>An allowed value and the C# member that stands for it.</summary>
/// <param name="Member">The enum member's name, e.g. <c>Ratio16x9</c>.</param>
/// <param name="Wire">The value sent to the API, e.g. <c>16:9</c>.</param>
/// <param name="Description">One line for IntelliSense; empty when the table gives none.</param>
internal sealed record NamedValue(string Member, string Wire, string Description);
