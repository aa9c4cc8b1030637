using System;
using Newtonsoft.Json;

namespace Seedream.Transport;

internal partial class TaskImage
{
    /// <summary>When the link expires, whether the API sent seconds or milliseconds.</summary>
    [JsonIgnore]
    public DateTimeOffset? ExpiresAt => UnixTimestamp.ToDateTimeOffset(Expires_at);
}
