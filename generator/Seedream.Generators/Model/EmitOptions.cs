namespace Seedream.Generators.Model;

/// <summary>What the compilation asks the generator to emit, read from its parse options and MSBuild properties.</summary>
/// <param name="Builders">
/// Whether to emit the entry types, builders and enums (the default); <see langword="false"/> when the project
/// sets <c>SeedreamGenerateBuilders=false</c> (the client assembly), which emits only the tables as data.
/// </param>
/// <param name="NullableAnnotations">Whether the language version is C# 8 or later, so the code can carry <c>#nullable enable</c>.</param>
internal sealed record EmitOptions(bool Builders, bool NullableAnnotations);
