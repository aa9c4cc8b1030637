using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Seedream.Client.Tests.PublicSurface;

/// <summary>The wire is internal: no public signature of the client mentions Newtonsoft.Json or an NSwag-generated type.</summary>
public class PublicSignatureTests
{
    private const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void NoPublicMember_MentionsANewtonsoftOrNSwagGeneratedType()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(SeedreamClient).Assembly.GetExportedTypes())
        {
            Check(offenders, type.FullName!, type.BaseType);
            foreach (var implemented in type.GetInterfaces())
            {
                Check(offenders, type.FullName!, implemented);
            }

            foreach (var member in type.GetMembers(Visible).Where(IsVisible))
            {
                foreach (var mentioned in Mentioned(member))
                {
                    Check(offenders, type.FullName + "." + member.Name, mentioned);
                }
            }
        }

        Assert.True(offenders.Count == 0, "Public signatures expose the wire:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void TheTransportNamespace_HasNoPublicType()
    {
        var exported = typeof(SeedreamClient).Assembly.GetExportedTypes().Where(t => t.Namespace == "Seedream.Transport").Select(t => t.FullName);

        Assert.Empty(exported);
    }

    [Fact]
    public void TheCheck_WouldCatchAWireType()
    {
        var offenders = new List<string>();

        Check(offenders, "probe", typeof(Newtonsoft.Json.Linq.JToken));
        Check(offenders, "probe", typeof(Transport.CreateTaskRequest));
        Check(offenders, "probe", typeof(IReadOnlyList<Transport.SeedreamTask>));

        Assert.Equal(3, offenders.Count);
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily,
        _ => false,
    };

    private static IEnumerable<Type> Mentioned(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => property.GetIndexParameters().Select(p => p.ParameterType).Append(property.PropertyType),
        FieldInfo field => new[] { field.FieldType },
        EventInfo e => new[] { e.EventHandlerType! },
        _ => Array.Empty<Type>(),
    };

    private static void Check(List<string> offenders, string where, Type? type)
    {
        foreach (var part in Parts(type))
        {
            var generated = part.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool == "NSwag";
            if (part.Namespace?.StartsWith("Newtonsoft", StringComparison.Ordinal) == true || part.Namespace == "Seedream.Transport" || generated)
            {
                offenders.Add($"{where} mentions {part.FullName}");
            }
        }
    }

    private static IEnumerable<Type> Parts(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        var element = type.HasElementType ? type.GetElementType() : null;
        if (element is not null)
        {
            foreach (var part in Parts(element))
            {
                yield return part;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
        {
            foreach (var part in Parts(argument))
            {
                yield return part;
            }
        }
    }
}
