using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Seedream.Transport.ModelArk;

internal partial class ImageGenerationResponse
{
    /// <summary>When the answer was made: <c>created</c>, or <c>created_at</c> (the name the Python SDK reads), in seconds or milliseconds.</summary>
    [JsonIgnore]
    public DateTimeOffset? CreatedAt => UnixTimestamp.ToDateTimeOffset(Created ?? Created_at);

    /// <summary>The tools of the request, echoed as <c>tools</c> or as <c>tool</c> (the name one SDK reads); <see langword="null"/> when neither was sent.</summary>
    [JsonIgnore]
    public List<ImageGenerationTool>? EchoedTools => Tools ?? Tool;
}
