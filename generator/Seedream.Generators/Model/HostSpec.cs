namespace Seedream.Generators.Model;

/// <summary>One host that serves a model, as its table says.</summary>
/// <param name="Host">The host's name, one of <see cref="Hosts.All"/>.</param>
/// <param name="Id">The model's id there, sent as <c>model</c>.</param>
/// <param name="Aliases">Other ids the host takes for the same model.</param>
/// <param name="Callbacks">Whether the host takes <c>callback_url</c> and <c>callback_events</c>.</param>
/// <param name="MinPixels">The fewest pixels of an exact <c>WxH</c> size there, when the host takes exact sizes.</param>
/// <param name="MaxPixels">The most pixels of an exact <c>WxH</c> size there, when the host takes exact sizes.</param>
internal sealed record HostSpec(string Host, string Id, EquatableArray<string> Aliases, bool Callbacks, long? MinPixels = null, long? MaxPixels = null);
