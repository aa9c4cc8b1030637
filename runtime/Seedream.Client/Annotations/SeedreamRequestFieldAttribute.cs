using System;

namespace Seedream.Annotations;

/// <summary>
/// Put by the Seedream source generator on a builder method: the request field the method's argument
/// becomes (<c>prompt</c>, <c>image_urls</c>, <c>n</c> or <c>callback_url</c>), so the Seedream
/// analyzers know which constant arguments to check.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class SeedreamRequestFieldAttribute : Attribute
{
    /// <summary>Names the request field a method sets.</summary>
    /// <param name="field">The wire name of the field, e.g. <c>image_urls</c>.</param>
    public SeedreamRequestFieldAttribute(string field)
    {
        Field = field;
    }

    /// <summary>The wire name of the field, e.g. <c>image_urls</c>.</summary>
    public string Field { get; }
}
