using System;
using System.Collections.Generic;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Seedream.Transport;

/// <summary>
/// Makes every field of a task answer except <c>task_id</c> and <c>status</c> tolerant of other shapes: in the
/// task, its <c>result</c>, each image and <c>urls</c>, a value of an unexpected JSON shape reads as unknown
/// (<see langword="null"/>) or is converted where the conversion is obvious, so one odd field never hides the
/// task's status and result. Numbers read through <see cref="LenientNumberConverter"/>, errors through
/// <see cref="LenientErrorConverter"/>, <c>result.images</c> through <see cref="LenientImagesConverter"/>, an
/// image's links through a lenient <see cref="SingleOrArrayConverter"/>, text and nested objects through
/// <see cref="LenientValueConverter"/>. Request bodies and other types keep the strict defaults.
/// </summary>
internal sealed class LenientTaskFields : DefaultContractResolver
{
    /// <summary>The one shared instance (contract resolvers cache what they build).</summary>
    public static readonly LenientTaskFields Instance = new LenientTaskFields();

    private static readonly JsonConverter Number = new LenientNumberConverter();
    private static readonly JsonConverter Error = new LenientErrorConverter();
    private static readonly JsonConverter Images = new LenientImagesConverter();
    private static readonly JsonConverter Links = new SingleOrArrayConverter(lenient: true);
    private static readonly JsonConverter Value = new LenientValueConverter();

    /// <summary>Whether <paramref name="type"/> is one of the objects of a task answer whose fields are read tolerantly.</summary>
    /// <param name="type">The type to check.</param>
    public static bool IsAnswerType(Type type) =>
        type == typeof(SeedreamTask) || type == typeof(TaskResult) || type == typeof(TaskImage) || type == typeof(TaskUrls);

    /// <inheritdoc />
    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (!IsAnswerType(member.DeclaringType!) || property.PropertyName is "task_id" or "status")
        {
            return property;
        }

        var converter = TolerantConverter(property.PropertyType!);
        if (converter is null)
        {
            return property;
        }

        property.Converter = converter;

        // An unreadable value reads as null and must be stored as such; with Ignore, Newtonsoft would instead
        // hand the already-consumed value to the extension data and fail. Writing still leaves nulls out.
        property.NullValueHandling = NullValueHandling.Include;
        var provider = property.ValueProvider!;
        property.ShouldSerialize = instance => provider.GetValue(instance) is not null;
        return property;
    }

    /// <summary>The converter that reads a field of <paramref name="type"/> tolerantly; none for a field any JSON fits (the envelope's <c>data</c>).</summary>
    private static JsonConverter? TolerantConverter(Type type) =>
        type == typeof(TaskError) ? Error
        : type == typeof(List<TaskImage>) ? Images
        : type == typeof(List<string>) ? Links
        : Number.CanConvert(type) ? Number
        : Value.CanConvert(type) ? Value
        : null;
}
