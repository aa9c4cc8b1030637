using System;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Seedream.Transport;

/// <summary>
/// Makes the secondary fields of a task answer tolerant of other shapes: <c>progress</c>, <c>created_at</c>,
/// <c>start_time</c>, <c>completed_at</c> and an image's <c>expires_at</c> read through
/// <see cref="LenientNumberConverter"/>, every <c>error</c> of a task or image through
/// <see cref="LenientErrorConverter"/>. Request bodies and other types keep the strict defaults.
/// </summary>
internal sealed class LenientTaskFields : DefaultContractResolver
{
    /// <summary>The one shared instance (contract resolvers cache what they build).</summary>
    public static readonly LenientTaskFields Instance = new LenientTaskFields();

    private static readonly JsonConverter Number = new LenientNumberConverter();
    private static readonly JsonConverter Error = new LenientErrorConverter();

    /// <inheritdoc />
    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        var owner = member.DeclaringType;
        if (owner != typeof(SeedreamTask) && owner != typeof(TaskImage))
        {
            return property;
        }

        if (property.PropertyType == typeof(TaskError))
        {
            property.Converter = Error;
        }
        else if (Number.CanConvert(property.PropertyType!) && IsSecondary(property.PropertyName))
        {
            property.Converter = Number;
        }
        else
        {
            return property;
        }

        // An unreadable value reads as null and must be stored as such; with Ignore, Newtonsoft would instead
        // hand the already-consumed value to the extension data and fail. Writing still leaves nulls out.
        property.NullValueHandling = NullValueHandling.Include;
        var provider = property.ValueProvider!;
        property.ShouldSerialize = instance => provider.GetValue(instance) is not null;
        return property;
    }

    private static bool IsSecondary(string? name) =>
        name is "progress" or "created_at" or "start_time" or "completed_at" or "expires_at";
}
