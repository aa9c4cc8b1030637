using System.Linq;

namespace Seedream.Fuzz.Tests.Emulator;

/// <summary>Raw JSON values and names a request body can carry: valid ones, wrong types, edge numbers, odd strings, deep nesting.</summary>
internal static class WireValues
{
    public static readonly string[] Json =
    {
        "null", "true", "false", "0", "-1", "1", "2", "14", "15", "16", "1.5", "-0", "1e400", "-1e400", "1e-400",
        "99999999999999999999", "9223372036854775807", "-9223372036854775808", "2147483648", "-2147483649",
        "\"\"", "\" \"", "\"x\"", "\"16:9\"", "\"4:5\"", "\"2K\"", "\"4K\"", "\"1K\"", "\"3K\"", "\"seedream-5.0\"", "\"seedream-4.5\"",
        "\"seedream-4.0\"", "\"generate\"", "\"edit\"", "\"not-a-url\"", "\"http://\"", "\"http://127.0.0.1:1/hook\"", "\"file:///etc/passwd\"",
        "\"javascript:alert(1)\"", "\"\\u0000\"", "\"\\ud800\"", "\"中文提示词\"", "\"" + new string('长', 5000) + "\"",
        "[]", "{}", "[null]", "[1]", "[\"x\"]", "[\"http://127.0.0.1/ref.png\"]",
        "[" + string.Join(",", Enumerable.Repeat("\"http://127.0.0.1/ref.png\"", 15)) + "]",
        "[\"completed\", \"failed\"]", "{\"mode\":\"fast\"}", "{\"mode\":\"standard\"}", "{\"mode\":1}", "[{\"type\":\"web_search\"}]",
        "[{\"type\":1}]", "[{}]", "{\"a\":{\"b\":{}}}", "\"png\"", "\"jpeg\"", "\"b64_json\"", "\"url\"",
        new string('[', 200) + new string(']', 200), new string('{', 1) + "\"a\":" + new string('[', 70) + new string(']', 70) + "}",
    };

    public static readonly string[] Fields =
    {
        "model", "prompt", "action", "size", "resolution", "image_urls", "n", "watermark", "callback_url", "callback_events", "extra",
        "extra.response_format", "extra.output_format", "extra.stream", "extra.optimize_prompt_options", "extra.optimize_prompt_options.mode",
        "extra.tools", "extra.guidance_scale", "extra.seed", "extra.", "unknown_key", "", "model\u0000", "MODEL",
    };

    public static readonly string[] TaskIds =
    {
        "task-does-not-exist", "", " ", "%00", "..%2F..%2Fetc", "task%2Fx", "%E4%B8%AD%E6%96%87", new string('a', 3000), "%ZZ", "task-🙂",
    };
}
