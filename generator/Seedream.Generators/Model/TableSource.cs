namespace Seedream.Generators.Model;

/// <summary>
/// Where a model table comes from, as the package's build files say in the <c>SeedreamTableSource</c>
/// metadata of its <c>AdditionalFiles</c> item.
/// </summary>
internal enum TableSource
{
    /// <summary>One of the tables shipped in the package (<c>SeedreamTableSource="shipped"</c>).</summary>
    Shipped,

    /// <summary>A table of the consuming project (<c>SeedreamTableSource="project"</c>, or any other table file).</summary>
    Project,
}
