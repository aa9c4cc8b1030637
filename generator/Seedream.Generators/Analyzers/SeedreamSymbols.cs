using Microsoft.CodeAnalysis;

namespace Seedream.Generators.Analyzers;

/// <summary>The attribute types (from <c>Seedream.Annotations</c> in Seedream.Client) the analyzers read on generated members.</summary>
internal sealed class SeedreamSymbols
{
    private SeedreamSymbols(INamedTypeSymbol model, INamedTypeSymbol requestField, INamedTypeSymbol range)
    {
        Model = model;
        RequestField = requestField;
        Range = range;
    }

    public INamedTypeSymbol Model { get; }

    public INamedTypeSymbol RequestField { get; }

    public INamedTypeSymbol Range { get; }

    /// <summary>The symbols, or <see langword="null"/> when the compilation does not reference Seedream.Client.</summary>
    public static SeedreamSymbols? Resolve(Compilation compilation)
    {
        var model = compilation.GetTypeByMetadataName("Seedream.Annotations.SeedreamModelAttribute");
        var requestField = compilation.GetTypeByMetadataName("Seedream.Annotations.SeedreamRequestFieldAttribute");
        var range = compilation.GetTypeByMetadataName("Seedream.Annotations.SeedreamRangeAttribute");
        return model is null || requestField is null || range is null ? null : new SeedreamSymbols(model, requestField, range);
    }

    /// <summary>The model a generated type describes, read from its <c>[SeedreamModel]</c> attribute.</summary>
    public ModelLimits? ModelOf(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Model) && attribute.ConstructorArguments.Length == 4
                && attribute.ConstructorArguments[0].Value is string id
                && attribute.ConstructorArguments[1].Value is int maxReferenceImages
                && attribute.ConstructorArguments[2].Value is int maxImageSetTotal
                && attribute.ConstructorArguments[3].Value is int recommendedPromptLength)
            {
                return new ModelLimits(id, maxReferenceImages, maxImageSetTotal, recommendedPromptLength);
            }
        }

        return null;
    }

    /// <summary>The request field a generated builder method sets, from its <c>[SeedreamRequestField]</c> attribute.</summary>
    public string? RequestFieldOf(IMethodSymbol method)
    {
        foreach (var attribute in method.OriginalDefinition.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, RequestField) && attribute.ConstructorArguments.Length == 1)
            {
                return attribute.ConstructorArguments[0].Value as string;
            }
        }

        return null;
    }

    /// <summary>The inclusive range of a number option's parameter, from its <c>[SeedreamRange]</c> attribute.</summary>
    public (double Minimum, double Maximum)? RangeOf(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Range) && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is double minimum
                && attribute.ConstructorArguments[1].Value is double maximum)
            {
                return (minimum, maximum);
            }
        }

        return null;
    }
}
