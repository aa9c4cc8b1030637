using Microsoft.CodeAnalysis;

namespace Seedream.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator and the analyzers report. SEEDREAM0xx: a bad model table;
/// SEEDREAM1xx: a constant argument the model does not accept (SEEDREAM101-106 worded by
/// <see cref="Seedream.Rules.SeedreamRules"/>), or an option of another model or another host. Each links to its section of the generator's README.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string TablesCategory = "Seedream.Tables";
    private const string UsageCategory = "Seedream.Usage";

    /// <summary>The message of a usage rule: the sentence <see cref="Seedream.Rules.SeedreamRules"/> words, the same one the client throws.</summary>
    private const string RuleMessage = "{0}";

    private const string HelpBase = "https://github.com/seedream-generators/seedream-generators/blob/main/generator/Seedream.Generators/README.md#";

    public static readonly DiagnosticDescriptor MalformedJson = Table(
        "SEEDREAM001",
        "Model table is not valid JSON",
        "The model table is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UnknownKey = Table(
        "SEEDREAM002",
        "Unknown key in a model table",
        "Unknown key \"{0}\" in {1}; the allowed keys are: {2}");

    public static readonly DiagnosticDescriptor WrongValueType = Table(
        "SEEDREAM003",
        "A model table value has the wrong type",
        "\"{0}\" must be {1}, but it is {2}");

    public static readonly DiagnosticDescriptor MissingKey = Table(
        "SEEDREAM004",
        "A required key is missing from a model table",
        "{0} lacks the required key \"{1}\"");

    public static readonly DiagnosticDescriptor EmptyList = Table(
        "SEEDREAM005",
        "A model table list is empty",
        "\"{0}\" is empty; a model table needs at least one {1}");

    public static readonly DiagnosticDescriptor DuplicateModelId = Table(
        "SEEDREAM006",
        "Duplicate model id",
        "The model id \"{0}\" is already defined in {1}; this table is not generated");

    public static readonly DiagnosticDescriptor NotAnIdentifier = Table(
        "SEEDREAM008",
        "A model table value cannot become a C# identifier",
        "{0} \"{1}\" cannot become a C# member name: {2}");

    public static readonly DiagnosticDescriptor InvalidValue = Table(
        "SEEDREAM009",
        "A model table value is not allowed",
        "\"{0}\" has a value that is not allowed: {1}");

    public static readonly DiagnosticDescriptor NumberOutOfRange = Usage(
        "SEEDREAM101",
        "Number option out of range",
        RuleMessage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooManyReferenceImages = Usage(
        "SEEDREAM102",
        "Too many reference images",
        RuleMessage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ImageCountBelowOne = Usage(
        "SEEDREAM103",
        "Image count below 1",
        RuleMessage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ImageSetTooLarge = Usage(
        "SEEDREAM104",
        "Reference images plus generated images exceed the image-set total",
        RuleMessage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PromptTooLong = Usage(
        "SEEDREAM105",
        "Prompt longer than recommended",
        RuleMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CallbackUrlNotHttp = Usage(
        "SEEDREAM106",
        "Callback URL is not an absolute http(s) URL",
        RuleMessage,
        DiagnosticSeverity.Error);

    // Table resolution and the package's setup (SEEDREAM010-019).

    public static readonly DiagnosticDescriptor DuplicateProjectModelId = Table(
        "SEEDREAM010",
        "Two project tables declare one model id",
        "The model id \"{0}\" is also declared by {1}; a model id can come from one project table only, so this table is not generated. Remove one of the two files from the project's SeedreamModelTable items, or give this table another \"id\".");

    public static readonly DiagnosticDescriptor GeneratedNameConflict = Table(
        "SEEDREAM011",
        "Two generated names collide",
        "Model \"{0}\" is not generated: its type name \"{1}\" gives {2} the name \"{3}\", which {4}. Generated names must differ even ignoring letter case; change \"typeName\" in this table.");

    public static readonly DiagnosticDescriptor RuntimeTypesMissing = Table(
        "SEEDREAM012",
        "The Seedream client is not referenced",
        "No Seedream builders were generated: this project does not see the Seedream client (type Seedream.SeedreamModelTable), which the generated code uses. The Seedream.Generators package is referenced without its compile assets, as GlobalPackageReference or IncludeAssets/ExcludeAssets without 'compile' do. Reference it as <PackageReference Include=\"Seedream.Generators\" Version=\"...\" /> with its default assets.");

    public static readonly DiagnosticDescriptor UnknownHost = Table(
        "SEEDREAM014",
        "SeedreamHost names no host",
        "The MSBuild property SeedreamHost is \"{0}\", which is not a host; the hosts are {1}. The builders were generated for the gateway.");

    public static readonly DiagnosticDescriptor ModelNotServedAtHost = new(
        "SEEDREAM015",
        "Model not served at the targeted host",
        "Model \"{0}\" ({1}) is not generated: the project targets {2} with SeedreamHost, and the model's table names no id there. Add \"hosts\": {{ \"{3}\": {{ \"id\": \"<the model's id there>\", \"callbacks\": false }} }} to the table, or target another host.",
        TablesCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "seedream015");

    // Options another model has (SEEDREAM107-108), or another host (SEEDREAM109).

    public static readonly DiagnosticDescriptor OptionNotSupported = Usage(
        "SEEDREAM107",
        "Option not supported by this model",
        "{0} does not support {1}. Supported by: {2}.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ValueNotSupported = Usage(
        "SEEDREAM108",
        "Value not supported by this model",
        "{0} does not support {1}. Supported by: {2}.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OptionNotAtHost = Usage(
        "SEEDREAM109",
        "Option not taken at the targeted host",
        "{0} does not support {1} at {2}, the host this project targets (SeedreamHost). {3}",
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Table(string id, string title, string message)
        => new(id, title, message, TablesCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Usage(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, UsageCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
