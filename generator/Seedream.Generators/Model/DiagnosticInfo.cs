using System.Linq;
using Microsoft.CodeAnalysis;

namespace Seedream.Generators.Model;

/// <summary>A diagnostic as plain data, turned into a <see cref="Diagnostic"/> only when reported.</summary>
/// <param name="Descriptor">What kind of problem it is.</param>
/// <param name="Location">Where it is.</param>
/// <param name="AdditionalLocations">Related places, e.g. the original definition of a duplicate.</param>
/// <param name="MessageArgs">The arguments of the descriptor's message format.</param>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo Location,
    EquatableArray<LocationInfo> AdditionalLocations,
    EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] messageArgs)
        => new(descriptor, location, EquatableArray<LocationInfo>.Empty, new EquatableArray<string>(messageArgs));

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(
            Descriptor,
            Location.ToLocation(),
            AdditionalLocations.Select(location => location.ToLocation()),
            MessageArgs.Cast<object>().ToArray());
}
