using Newtonsoft.Json;

namespace Seedream.Transport.ModelArk;

/// <summary>
/// The JSON settings the upstream images API is read and written with: unknown fields are ignored, absent
/// fields are left out (so a request carries only what was set: a field a model does not take can be a 400),
/// a string that looks like a date stays a string, and a list of strings (the request's <c>image</c>, the
/// one such list on this wire) is written as a string when it holds one item and read in either form.
/// </summary>
internal static class ModelArkJson
{
    /// <summary>Adds the upstream wire's settings to <paramref name="settings"/>.</summary>
    /// <param name="settings">Settings to update in place.</param>
    public static void Configure(JsonSerializerSettings settings)
    {
        settings.Converters.Add(new SingleOrArrayConverter(writeOneAsString: true));
        settings.MissingMemberHandling = MissingMemberHandling.Ignore;
        settings.NullValueHandling = NullValueHandling.Ignore;
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
