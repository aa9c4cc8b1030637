using Newtonsoft.Json;

namespace Seedream.Transport;

/// <summary>
/// The JSON settings the client reads and writes the task API with: the generated transport, error answers and
/// webhook parsing. Tolerant of what the live API is documented to send.
/// </summary>
internal static class SeedreamJson
{
    /// <summary>Adds the toolkit's tolerant converters to <paramref name="settings"/>.</summary>
    /// <param name="settings">Settings to update in place.</param>
    public static void Configure(JsonSerializerSettings settings)
    {
        settings.Converters.Add(new SingleOrArrayConverter());
        settings.MissingMemberHandling = MissingMemberHandling.Ignore;
        settings.NullValueHandling = NullValueHandling.Ignore;
        settings.ContractResolver = LenientTaskFields.Instance;

        // A string that looks like a date stays a string: text fields keep what was sent, timestamps convert themselves.
        settings.DateParseHandling = DateParseHandling.None;
    }

    /// <summary>Creates settings configured by <see cref="Configure"/>.</summary>
    public static JsonSerializerSettings CreateSettings()
    {
        var settings = new JsonSerializerSettings();
        Configure(settings);
        return settings;
    }
}
