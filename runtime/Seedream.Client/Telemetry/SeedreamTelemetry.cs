namespace Seedream;

/// <summary>
/// The names under which the client emits traces (<see cref="System.Diagnostics.ActivitySource"/>) and metrics
/// (<see cref="System.Diagnostics.Metrics.Meter"/>). Pass them to OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c>.
/// Attributes follow the OpenTelemetry semantic conventions <see cref="SemanticConventionsVersion"/>
/// (<c>gen_ai.*</c> where one fits, <c>seedream.*</c> otherwise). No attribute carries the API key, a result
/// link's path or query, or the prompt (unless <see cref="SeedreamClientOptions.RecordPromptInTraces"/> is on).
/// </summary>
public static class SeedreamTelemetry
{
    /// <summary>The name of the client's <see cref="System.Diagnostics.ActivitySource"/>: <c>Seedream.Client</c>.</summary>
    public static readonly string ActivitySourceName = "Seedream.Client";

    /// <summary>The name of the client's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Seedream.Client</c>.</summary>
    public static readonly string MeterName = "Seedream.Client";

    /// <summary>The version of the OpenTelemetry semantic conventions the attributes follow.</summary>
    public static readonly string SemanticConventionsVersion = "1.37.0";
}
