using System;

namespace Seedream.Results;

/// <summary>Decodes the <c>b64_json</c> of a result image, with or without a <c>data:…;base64,</c> prefix.</summary>
internal static class Base64Image
{
    public static byte[] Decode(string data)
    {
        var text = data.Trim();
        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = text.IndexOf(',');
            text = comma < 0 ? string.Empty : text.Substring(comma + 1);
        }

        return Convert.FromBase64String(text);
    }
}
