namespace Seedream.Fuzz.Tests.Tables;

/// <summary>
/// Tokens a table's author could plausibly write by mistake, and edge values each reader of a table
/// must survive: extreme numbers, control and line-separator characters (C# counts U+0085, U+2028 and
/// U+2029 as line breaks), markup, C# keywords and reserved member names, the table's own keys.
/// </summary>
internal static class InterestingTokens
{
    public static readonly string[] All =
    {
        "null", "true", "false", "0", "-0", "-1", "1.5", "1e999", "-1e999", "1e-400", "2147483648", "9223372036854775808",
        "99999999999999999999", "1E+2", "{}", "[]", "{", "}", "[", "]", ",", ":", "\"\"", "\" \"",
        "\"\\u0000\"", "\"a\\u2028b\"", "\"a\\u2029b\"", "\"a\\u0085b\"", "\"\\uD800\"", "\"line\\nbreak\"", "\"tab\\tbed\"",
        "\"<see cref=\\\"x\\\"/> & </summary>\"", "\"*/ \\\" \\\\ {0}\"", "\"中文描述，带标点。\"", "\"😀\"",
        "\"enum\"", "\"bool\"", "\"number\"", "\"tool\"", "\"16:9\"", "\"0:0\"", "\"99999999999:1\"", "\"16x9\"", "\"1K\"", "\"2k\"",
        "\"Seedream50\"", "\"Seedream40\"", "\"seedream-5.0\"", "\"seedream-4.0\"", "\"class\"", "\"Generate\"", "\"Equals\"",
        "\"Ratio16x9\"", "\"Res2K\"", "\"a.b\"", "\"A\"", "\"_x\"", "\"values\"", "\"minimum\"", "\"maximum\"", "\"default\"",
        "\"extras\"", "\"limits\"", "\"notes\"", "\"tool\": \"web_search\"", "\"$schema\"",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    };
}
