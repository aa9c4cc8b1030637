namespace Seedream;

/// <summary>How the value of a model-specific option (an entry of the request's <c>extra</c> object) is written.</summary>
public enum SeedreamExtraKind
{
    /// <summary>One string out of <see cref="SeedreamExtraOption.Values"/>.</summary>
    Enum,

    /// <summary><see langword="true"/> or <see langword="false"/>.</summary>
    Bool,

    /// <summary>A number between <see cref="SeedreamExtraOption.Minimum"/> and <see cref="SeedreamExtraOption.Maximum"/>, inclusive.</summary>
    Number,

    /// <summary>A tool switched on by adding <c>{"type": <see cref="SeedreamExtraOption.Tool"/>}</c> to the array at <see cref="SeedreamExtraOption.Path"/>.</summary>
    Tool,
}
