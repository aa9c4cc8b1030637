using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Seedream.Generators.Diagnostics;
using Seedream.Generators.Json;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>
/// Reads one model table (see <c>spec/model-table.schema.json</c>) into a <see cref="ModelTableSpec"/>.
/// Everything wrong with the file becomes a diagnostic at its exact line and column; it never throws
/// for bad input, and a table with any error is not generated.
/// </summary>
internal sealed class TableParser
{
    private static readonly string[] TableKeys = { "$schema", "id", "typeName", "description", "hosts", "sizes", "resolutions", "limits", "extras", "notes" };
    private static readonly string[] RequiredTableKeys = { "id", "typeName", "description", "sizes", "resolutions", "limits", "extras" };
    private static readonly string[] LimitKeys = { "maxReferenceImages", "maxReferenceImageBytes", "maxImageSetTotal", "recommendedPromptLength" };
    private static readonly string[] ExtraKeys = { "name", "path", "kind", "description", "values", "minimum", "maximum", "tool", "default", "hosts" };
    private static readonly string[] HostKeys = { "id", "aliases", "callbacks", "minPixels", "maxPixels" };
    private static readonly string[] RequiredHostKeys = { "id", "callbacks" };
    private static readonly string[] RequiredExtraKeys = { "name", "path", "kind", "description" };
    private static readonly string[] ValueKeys = { "value", "description" };
    private static readonly string[] KindNames = { "enum", "bool", "number", "tool" };

    /// <summary>Builder members an extra may not be named after (they would clash with the common parameters).</summary>
    private static readonly string[] ReservedExtraNames = Emitting.BuilderMembers.Common
        .Concat(new[] { Emitting.BuilderMembers.Generate, Emitting.BuilderMembers.HostId, "Builder", "Table", "Id", "Prompt", "Equals", "GetHashCode", "ToString", "GetType" })
        .ToArray();

    /// <summary>Type names the generator emits once per compilation.</summary>
    private static readonly string[] ReservedTypeNames = { "SeedreamModelTables" };

    private static readonly Regex SizePattern = new("^[0-9]+:[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex PathPattern = new("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$", RegexOptions.CultureInvariant);
    private static readonly Regex TypeNamePattern = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    private readonly string _path;
    private readonly SourceText _text;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private LocationInfo? _idLocation;
    private LocationInfo? _typeNameLocation;

    private TableParser(string path, SourceText text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>Parses <paramref name="file"/>, keeping where it comes from.</summary>
    public static SourcedTable Parse(TableFile file, CancellationToken cancellationToken)
        => new(Parse(file.Path, SourceText.From(file.Text), cancellationToken), file.Source);

    public static ParsedTable Parse(string path, SourceText text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var parser = new TableParser(path, text);
        var table = parser.ParseDocument();
        var diagnostics = new EquatableArray<DiagnosticInfo>(parser._diagnostics);
        return new ParsedTable(path, diagnostics.IsEmpty ? table : null, parser._idLocation, parser._typeNameLocation, diagnostics);
    }

    private ModelTableSpec? ParseDocument()
    {
        var read = JsonReader.Read(_text.ToString());
        if (read.Root is null)
        {
            Report(DiagnosticDescriptors.MalformedJson, read.ErrorSpan, read.Error ?? "unreadable");
            return null;
        }

        if (read.Root is not JsonObjectNode root)
        {
            Report(DiagnosticDescriptors.WrongValueType, read.Root.Span, "the table", "an object", read.Root.KindName);
            return null;
        }

        var properties = Properties(root, "the table", TableKeys, RequiredTableKeys);
        var id = ReadString(properties, "id");
        var typeName = ReadString(properties, "typeName");
        var description = ReadString(properties, "description");
        var hosts = ReadHosts(properties, id);
        var sizes = ReadValueList(properties, "sizes", "size", Identifiers.SizeMember, wire => SizePattern.IsMatch(wire) ? null : "a size is written width:height, e.g. 16:9");
        var resolutions = ReadValueList(properties, "resolutions", "resolution", Identifiers.ResolutionMember, _ => null);
        var limits = properties.TryGetValue("limits", out var limitsNode) ? ReadLimits(limitsNode) : null;
        var extras = properties.TryGetValue("extras", out var extrasNode) ? ReadExtras(extrasNode, hosts) : null;
        var notes = ReadNotes(properties);

        if (properties.TryGetValue("id", out var idNode) && id is not null)
        {
            _idLocation = Locate(idNode.Value.Span);
        }

        if (properties.TryGetValue("typeName", out var typeNameNode) && typeName is not null)
        {
            _typeNameLocation = Locate(typeNameNode.Value.Span);
            if (!TypeNamePattern.IsMatch(typeName) || !Identifiers.IsValid(typeName))
            {
                Report(DiagnosticDescriptors.NotAnIdentifier, typeNameNode.Value.Span, "The type name", typeName, "it must start with an upper-case letter A-Z followed by letters A-Z, a-z or digits");
            }
            else if (Array.IndexOf(ReservedTypeNames, typeName) >= 0)
            {
                Report(DiagnosticDescriptors.NotAnIdentifier, typeNameNode.Value.Span, "The type name", typeName, "the generator already emits a type of that name (reserved: " + string.Join(", ", ReservedTypeNames) + ")");
            }
        }

        if (id is null || typeName is null || description is null || hosts is null || sizes is null || resolutions is null || limits is null || extras is null || notes is null)
        {
            return null;
        }

        return new ModelTableSpec(id, typeName, description, hosts.Value, sizes.Value, resolutions.Value, limits, extras.Value, notes.Value);
    }

    private Dictionary<string, JsonPropertyNode> Properties(JsonObjectNode node, string owner, string[] allowed, string[] required)
    {
        var result = new Dictionary<string, JsonPropertyNode>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Report(DiagnosticDescriptors.UnknownKey, property.NameSpan, property.Name, owner, string.Join(", ", allowed));
                continue;
            }

            if (result.ContainsKey(property.Name))
            {
                Report(DiagnosticDescriptors.InvalidValue, property.NameSpan, property.Name, "the key is given more than once in " + owner);
                continue;
            }

            result.Add(property.Name, property);
        }

        foreach (var key in required)
        {
            if (!result.ContainsKey(key))
            {
                Report(DiagnosticDescriptors.MissingKey, new TextSpan(node.Span.Start, 1), Capitalize(owner), key);
            }
        }

        return result;
    }

    private string? ReadString(Dictionary<string, JsonPropertyNode> properties, string key, string? displayName = null)
        => properties.TryGetValue(key, out var property) ? ReadString(property.Value, displayName ?? key) : null;

    private string? ReadString(JsonNode node, string displayName)
    {
        if (node is not JsonStringNode text)
        {
            Report(DiagnosticDescriptors.WrongValueType, node.Span, displayName, "a string", node.KindName);
            return null;
        }

        if (text.Value.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, node.Span, displayName, "it must not be empty");
            return null;
        }

        return text.Value;
    }

    private EquatableArray<NamedValue>? ReadValueList(
        Dictionary<string, JsonPropertyNode> properties,
        string key,
        string itemName,
        Func<string, string> toMember,
        Func<string, string?> validate)
    {
        if (!properties.TryGetValue(key, out var property))
        {
            return null;
        }

        if (property.Value is not JsonArrayNode array)
        {
            Report(DiagnosticDescriptors.WrongValueType, property.Value.Span, key, "an array of strings", property.Value.KindName);
            return null;
        }

        if (array.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.EmptyList, array.Span, key, itemName);
            return null;
        }

        var values = new List<NamedValue>();
        var ok = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            var display = $"{key}[{i}]";
            var wire = ReadString(item, display);
            if (wire is null)
            {
                ok = false;
                continue;
            }

            var problem = validate(wire);
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidValue, item.Span, display, problem);
                ok = false;
                continue;
            }

            ok &= AddNamedValue(values, new NamedValue(toMember(wire), wire, string.Empty), item.Span, Capitalize(itemName));
        }

        return ok ? new EquatableArray<NamedValue>(values) : null;
    }

    /// <summary>Adds a value after checking that its member name is an identifier and unique; reports otherwise.</summary>
    private bool AddNamedValue(List<NamedValue> values, NamedValue value, TextSpan span, string what)
    {
        if (!Identifiers.IsValid(value.Member))
        {
            var reason = value.Member.Length == 0
                ? "it has no letter or digit to build a name from"
                : $"\"{value.Member}\" does not start with a letter";
            Report(DiagnosticDescriptors.NotAnIdentifier, span, what, value.Wire, reason);
            return false;
        }

        var clash = values.FirstOrDefault(existing => existing.Member == value.Member);
        if (clash is not null)
        {
            var reason = clash.Wire == value.Wire
                ? "it is listed twice"
                : $"it would be named {value.Member}, like \"{clash.Wire}\"";
            Report(DiagnosticDescriptors.NotAnIdentifier, span, what, value.Wire, reason);
            return false;
        }

        values.Add(value);
        return true;
    }

    private LimitsSpec? ReadLimits(JsonPropertyNode property)
    {
        if (property.Value is not JsonObjectNode node)
        {
            Report(DiagnosticDescriptors.WrongValueType, property.Value.Span, "limits", "an object", property.Value.KindName);
            return null;
        }

        var limits = Properties(node, "\"limits\"", LimitKeys, LimitKeys);
        var maxReferenceImages = ReadInteger(limits, "maxReferenceImages", 0);
        var maxReferenceImageBytes = ReadInteger(limits, "maxReferenceImageBytes", 1);
        var maxImageSetTotal = ReadInteger(limits, "maxImageSetTotal", 1);
        var recommendedPromptLength = ReadInteger(limits, "recommendedPromptLength", 1);
        if (maxReferenceImages is null || maxReferenceImageBytes is null || maxImageSetTotal is null || recommendedPromptLength is null)
        {
            return null;
        }

        return new LimitsSpec((int)maxReferenceImages.Value, maxReferenceImageBytes.Value, (int)maxImageSetTotal.Value, (int)recommendedPromptLength.Value);
    }

    private long? ReadInteger(Dictionary<string, JsonPropertyNode> properties, string key, long minimum)
    {
        if (!properties.TryGetValue(key, out var property))
        {
            return null;
        }

        var maximum = key == "maxReferenceImageBytes" ? long.MaxValue : int.MaxValue;
        if (property.Value is not JsonNumberNode number || !number.IsInteger)
        {
            Report(DiagnosticDescriptors.WrongValueType, property.Value.Span, key, "an integer", property.Value is JsonNumberNode ? "a fractional number" : property.Value.KindName);
            return null;
        }

        if (number.Value < minimum || number.Value > maximum)
        {
            Report(DiagnosticDescriptors.InvalidValue, number.Span, key, string.Format(CultureInfo.InvariantCulture, "{0} is outside [{1}, {2}]", number.Text, minimum, maximum));
            return null;
        }

        return (long)number.Value;
    }

    /// <summary>
    /// The hosts that serve the model: the gateway under <paramref name="gatewayId"/>, then those of <c>hosts</c> in the
    /// order of <see cref="Hosts.All"/>. <see langword="null"/> when <c>hosts</c> has errors, or the id is missing.
    /// </summary>
    private EquatableArray<HostSpec>? ReadHosts(Dictionary<string, JsonPropertyNode> properties, string? gatewayId)
    {
        var hosts = new List<HostSpec> { new(Hosts.Gateway, gatewayId ?? string.Empty, EquatableArray<string>.Empty, Callbacks: true) };
        if (!properties.TryGetValue("hosts", out var property))
        {
            return gatewayId is null ? null : new EquatableArray<HostSpec>(hosts);
        }

        if (property.Value is not JsonObjectNode node)
        {
            Report(DiagnosticDescriptors.WrongValueType, property.Value.Span, "hosts", "an object whose keys are hosts (" + string.Join(", ", Hosts.Upstream) + ")", property.Value.KindName);
            return null;
        }

        var entries = Properties(node, "\"hosts\"", Hosts.Upstream, Array.Empty<string>());
        var ok = true;
        foreach (var host in Hosts.Upstream)
        {
            if (!entries.TryGetValue(host, out var entry))
            {
                continue;
            }

            var spec = ReadHost(host, entry.Value);
            ok &= spec is not null;
            if (spec is not null)
            {
                hosts.Add(spec);
            }
        }

        return ok && gatewayId is not null ? new EquatableArray<HostSpec>(hosts) : null;
    }

    private HostSpec? ReadHost(string host, JsonNode value)
    {
        var display = "hosts." + host;
        if (value is not JsonObjectNode node)
        {
            Report(DiagnosticDescriptors.WrongValueType, value.Span, display, "an object with \"id\" and \"callbacks\"", value.KindName);
            return null;
        }

        var properties = Properties(node, display, HostKeys, RequiredHostKeys);
        var id = ReadString(properties, "id", display + ".id");
        var aliases = properties.TryGetValue("aliases", out var aliasesProperty) ? ReadStrings(aliasesProperty.Value, display + ".aliases") : EquatableArray<string>.Empty;
        bool? callbacks = null;
        if (properties.TryGetValue("callbacks", out var callbacksProperty))
        {
            if (callbacksProperty.Value is JsonBooleanNode flag)
            {
                callbacks = flag.Value;
            }
            else
            {
                Report(DiagnosticDescriptors.WrongValueType, callbacksProperty.Value.Span, display + ".callbacks", "a boolean", callbacksProperty.Value.KindName);
            }
        }

        var minPixels = ReadInteger(properties, "minPixels", 1);
        var maxPixels = ReadInteger(properties, "maxPixels", 1);
        var pixelsOk = PixelLimitsAgree(properties, minPixels, maxPixels, display);
        return id is null || aliases is null || callbacks is null || !pixelsOk ? null : new HostSpec(host, id, aliases.Value, callbacks.Value, minPixels, maxPixels);
    }

    /// <summary>Whether a host's pixel limits are both given (read) with min &lt;= max, or neither; reports the one that is not.</summary>
    private bool PixelLimitsAgree(Dictionary<string, JsonPropertyNode> properties, long? minPixels, long? maxPixels, string display)
    {
        var hasMin = properties.TryGetValue("minPixels", out var min);
        var hasMax = properties.TryGetValue("maxPixels", out var max);
        if (hasMin != hasMax)
        {
            var given = hasMin ? min! : max!;
            Report(DiagnosticDescriptors.InvalidValue, given.Value.Span, display + "." + given.Name, "minPixels and maxPixels are given together or not at all");
            return false;
        }

        if (minPixels is long least && maxPixels is long most && least > most)
        {
            Report(DiagnosticDescriptors.InvalidValue, max!.Value.Span, display + ".maxPixels", string.Format(CultureInfo.InvariantCulture, "{0} is below minPixels ({1})", most, least));
            return false;
        }

        return hasMin == (minPixels is not null) && hasMax == (maxPixels is not null);
    }

    /// <summary>An array of distinct, non-empty strings.</summary>
    private EquatableArray<string>? ReadStrings(JsonNode value, string display)
    {
        if (value is not JsonArrayNode array)
        {
            Report(DiagnosticDescriptors.WrongValueType, value.Span, display, "an array of strings", value.KindName);
            return null;
        }

        var items = new List<string>();
        var ok = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = ReadString(array.Items[i], $"{display}[{i}]");
            if (item is null)
            {
                ok = false;
            }
            else if (items.Contains(item))
            {
                Report(DiagnosticDescriptors.InvalidValue, array.Items[i].Span, $"{display}[{i}]", $"\"{item}\" is listed twice");
                ok = false;
            }
            else
            {
                items.Add(item);
            }
        }

        return ok ? new EquatableArray<string>(items) : null;
    }

    /// <summary>
    /// An extra's <c>hosts</c>: names of hosts, at least one, each once, and each serving the model (unless
    /// <paramref name="served"/> is unknown because the table's <c>hosts</c> has errors).
    /// </summary>
    private EquatableArray<string>? ReadExtraHosts(JsonPropertyNode property, string display, EquatableArray<HostSpec>? served)
    {
        if (property.Value is JsonArrayNode { Items.Count: 0 } empty)
        {
            Report(DiagnosticDescriptors.EmptyList, empty.Span, display, "host (leave \"hosts\" out when every host takes the option)");
            return null;
        }

        var names = ReadStrings(property.Value, display);
        if (names is null)
        {
            return null;
        }

        var array = (JsonArrayNode)property.Value;
        var servedNames = served?.Select(host => host.Host).ToList();
        for (var i = 0; i < names.Value.Count; i++)
        {
            var name = names.Value[i];
            if (Array.IndexOf(Hosts.All, name) < 0)
            {
                Report(DiagnosticDescriptors.InvalidValue, array.Items[i].Span, $"{display}[{i}]", $"\"{name}\" is not a host; the hosts are {string.Join(", ", Hosts.All)}");
                return null;
            }

            if (servedNames is not null && !servedNames.Contains(name))
            {
                Report(DiagnosticDescriptors.InvalidValue, array.Items[i].Span, $"{display}[{i}]", $"the table's \"hosts\" does not name {name}, so the model has no id there; the hosts that serve it are {string.Join(", ", servedNames)}");
                return null;
            }
        }

        return names;
    }

    private EquatableArray<ExtraSpec>? ReadExtras(JsonPropertyNode property, EquatableArray<HostSpec>? hosts)
    {
        if (property.Value is not JsonArrayNode array)
        {
            Report(DiagnosticDescriptors.WrongValueType, property.Value.Span, "extras", "an array of objects", property.Value.KindName);
            return null;
        }

        var extras = new List<ExtraSpec>();
        var names = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var extra = ReadExtra(array.Items[i], $"extras[{i}]", names, hosts);
            if (extra is null)
            {
                ok = false;
            }
            else
            {
                extras.Add(extra);
            }
        }

        return ok ? new EquatableArray<ExtraSpec>(extras) : null;
    }

    private ExtraSpec? ReadExtra(JsonNode item, string display, Dictionary<string, JsonNode> names, EquatableArray<HostSpec>? hosts)
    {
        if (item is not JsonObjectNode node)
        {
            Report(DiagnosticDescriptors.WrongValueType, item.Span, display, "an object", item.KindName);
            return null;
        }

        var properties = Properties(node, display, ExtraKeys, RequiredExtraKeys);
        var name = ReadString(properties, "name", display + ".name");
        var path = ReadString(properties, "path", display + ".path");
        var kindText = ReadString(properties, "kind", display + ".kind");
        var description = ReadString(properties, "description", display + ".description");
        var ok = name is not null && path is not null && kindText is not null && description is not null;

        if (name is not null)
        {
            var nameNode = properties["name"].Value;
            if (!TypeNamePattern.IsMatch(name) || !Identifiers.IsValid(name))
            {
                Report(DiagnosticDescriptors.NotAnIdentifier, nameNode.Span, "The extra name", name, "it must start with an upper-case letter A-Z followed by letters A-Z, a-z or digits");
                ok = false;
            }
            else if (Array.IndexOf(ReservedExtraNames, name) >= 0)
            {
                Report(DiagnosticDescriptors.NotAnIdentifier, nameNode.Span, "The extra name", name, "the builder already has a member of that name (reserved: " + string.Join(", ", ReservedExtraNames) + ")");
                ok = false;
            }
            else if (names.ContainsKey(name))
            {
                Report(DiagnosticDescriptors.NotAnIdentifier, nameNode.Span, "The extra name", name, "another extra of this table already has it");
                ok = false;
            }
            else
            {
                names.Add(name, nameNode);
            }
        }

        if (path is not null && !PathPattern.IsMatch(path))
        {
            Report(DiagnosticDescriptors.InvalidValue, properties["path"].Value.Span, display + ".path", "a key path is lower-case keys (a-z, 0-9, _) joined by dots, e.g. optimize_prompt_options.mode");
            ok = false;
        }

        var kind = ExtraKind.Enum;
        if (kindText is not null)
        {
            var index = Array.IndexOf(KindNames, kindText);
            if (index < 0)
            {
                Report(DiagnosticDescriptors.InvalidValue, properties["kind"].Value.Span, display + ".kind", $"\"{kindText}\" is not one of {string.Join(", ", KindNames)}");
                ok = false;
            }
            else
            {
                kind = (ExtraKind)index;
            }
        }

        var values = EquatableArray<NamedValue>.Empty;
        if (properties.TryGetValue("values", out var valuesProperty))
        {
            var read = ReadEnumValues(valuesProperty, display + ".values");
            ok &= read is not null;
            values = read ?? values;
        }

        var minimum = ReadNumber(properties, "minimum", display, ref ok);
        var maximum = ReadNumber(properties, "maximum", display, ref ok);
        var tool = properties.ContainsKey("tool") ? ReadString(properties, "tool", display + ".tool") : null;
        ok &= !properties.ContainsKey("tool") || tool is not null;

        if (ok)
        {
            ok = CheckKindRequirements(node, properties, display, kind, values, minimum, maximum, tool);
        }

        string? defaultValue = null;
        if (properties.TryGetValue("default", out var defaultProperty))
        {
            defaultValue = ReadDefault(defaultProperty.Value, display + ".default", kind, values, minimum, maximum, ref ok);
        }

        var takenAt = EquatableArray<string>.Empty;
        if (properties.TryGetValue("hosts", out var hostsProperty))
        {
            var read = ReadExtraHosts(hostsProperty, display + ".hosts", hosts);
            ok &= read is not null;
            takenAt = read ?? takenAt;
        }

        return ok
            ? new ExtraSpec(name!, path!, kind, description!, values, minimum, maximum, tool, defaultValue, takenAt)
            : null;
    }

    private bool CheckKindRequirements(
        JsonObjectNode node,
        Dictionary<string, JsonPropertyNode> properties,
        string display,
        ExtraKind kind,
        EquatableArray<NamedValue> values,
        double? minimum,
        double? maximum,
        string? tool)
    {
        switch (kind)
        {
            case ExtraKind.Enum when !properties.ContainsKey("values"):
                Report(DiagnosticDescriptors.MissingKey, new TextSpan(node.Span.Start, 1), Capitalize(display) + " (kind enum)", "values");
                return false;
            case ExtraKind.Enum when values.IsEmpty:
                Report(DiagnosticDescriptors.EmptyList, properties["values"].Value.Span, display + ".values", "value");
                return false;
            case ExtraKind.Number when minimum is null || maximum is null:
                Report(DiagnosticDescriptors.MissingKey, new TextSpan(node.Span.Start, 1), Capitalize(display) + " (kind number)", minimum is null ? "minimum" : "maximum");
                return false;
            case ExtraKind.Number when minimum > maximum:
                Report(DiagnosticDescriptors.InvalidValue, properties["minimum"].Value.Span, display + ".minimum", string.Format(CultureInfo.InvariantCulture, "the minimum {0} is greater than the maximum {1}", minimum, maximum));
                return false;
            case ExtraKind.Tool when tool is null:
                Report(DiagnosticDescriptors.MissingKey, new TextSpan(node.Span.Start, 1), Capitalize(display) + " (kind tool)", "tool");
                return false;
            default:
                return true;
        }
    }

    private EquatableArray<NamedValue>? ReadEnumValues(JsonPropertyNode property, string display)
    {
        if (property.Value is not JsonArrayNode array)
        {
            Report(DiagnosticDescriptors.WrongValueType, property.Value.Span, display, "an array of {\"value\", \"description\"} objects", property.Value.KindName);
            return null;
        }

        var values = new List<NamedValue>();
        var ok = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var itemDisplay = $"{display}[{i}]";
            if (array.Items[i] is not JsonObjectNode item)
            {
                Report(DiagnosticDescriptors.WrongValueType, array.Items[i].Span, itemDisplay, "an object with \"value\" and \"description\"", array.Items[i].KindName);
                ok = false;
                continue;
            }

            var properties = Properties(item, itemDisplay, ValueKeys, ValueKeys);
            var wire = ReadString(properties, "value", itemDisplay + ".value");
            var description = ReadString(properties, "description", itemDisplay + ".description");
            if (wire is null || description is null)
            {
                ok = false;
                continue;
            }

            ok &= AddNamedValue(values, new NamedValue(Identifiers.ValueMember(wire), wire, description), properties["value"].Value.Span, "The value");
        }

        return ok ? new EquatableArray<NamedValue>(values) : null;
    }

    private double? ReadNumber(Dictionary<string, JsonPropertyNode> properties, string key, string display, ref bool ok)
    {
        if (!properties.TryGetValue(key, out var property))
        {
            return null;
        }

        if (property.Value is JsonNumberNode number)
        {
            if (double.IsInfinity(number.Value) || double.IsNaN(number.Value))
            {
                Report(DiagnosticDescriptors.InvalidValue, property.Value.Span, display + "." + key, "the number is beyond what a double can hold");
                ok = false;
                return null;
            }

            return number.Value;
        }

        Report(DiagnosticDescriptors.WrongValueType, property.Value.Span, display + "." + key, "a number", property.Value.KindName);
        ok = false;
        return null;
    }

    private string? ReadDefault(JsonNode node, string display, ExtraKind kind, EquatableArray<NamedValue> values, double? minimum, double? maximum, ref bool ok)
    {
        switch (node)
        {
            case JsonStringNode text when kind == ExtraKind.Enum:
                if (values.Any(value => value.Wire == text.Value) || values.IsEmpty)
                {
                    return text.Value;
                }

                Report(DiagnosticDescriptors.InvalidValue, node.Span, display, $"\"{text.Value}\" is not one of the values ({string.Join(", ", values.Select(value => value.Wire))})");
                break;
            case JsonBooleanNode boolean when kind == ExtraKind.Bool:
                return boolean.Value ? "true" : "false";
            case JsonNumberNode number when kind == ExtraKind.Number:
                if ((minimum is null || number.Value >= minimum) && (maximum is null || number.Value <= maximum))
                {
                    return number.Text;
                }

                Report(DiagnosticDescriptors.InvalidValue, node.Span, display, string.Format(CultureInfo.InvariantCulture, "{0} is outside [{1}, {2}]", number.Text, minimum, maximum));
                break;
            default:
                var expected = kind switch
                {
                    ExtraKind.Enum => "a string (one of the values)",
                    ExtraKind.Bool => "a boolean",
                    ExtraKind.Number => "a number",
                    _ => "absent (a tool has no default)",
                };
                Report(DiagnosticDescriptors.WrongValueType, node.Span, display, expected, node.KindName);
                break;
        }

        ok = false;
        return null;
    }

    private EquatableArray<string>? ReadNotes(Dictionary<string, JsonPropertyNode> properties)
    {
        if (!properties.TryGetValue("notes", out var property))
        {
            return EquatableArray<string>.Empty;
        }

        if (property.Value is not JsonArrayNode array)
        {
            Report(DiagnosticDescriptors.WrongValueType, property.Value.Span, "notes", "an array of strings", property.Value.KindName);
            return null;
        }

        var notes = new List<string>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var note = ReadString(array.Items[i], $"notes[{i}]");
            if (note is null)
            {
                return null;
            }

            notes.Add(note);
        }

        return new EquatableArray<string>(notes);
    }

    private LocationInfo Locate(TextSpan span) => LocationInfo.Create(_path, _text, span);

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params string[] args)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(span), args));

    private static string Capitalize(string text)
        => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
