namespace Seedream.Generators.Emitting;

/// <summary>The helpers every generated builder calls; emitted once per compilation, independent of the tables.</summary>
internal static class SupportEmitter
{
    public const string HintName = "SeedreamBuilderSupport.g.cs";

    public static string Emit()
    {
        var writer = new SourceWriter(4096);
        writer.Line(KnownNames.FileHeader.TrimEnd('\n'));
        writer.Line();
        writer.Open("namespace " + KnownNames.Namespace);
        writer.Summary("Helpers of the generated Seedream builders: URL checks and writing options inside <c>extra</c>.");
        writer.Line(GeneratorVersion.Attribute);
        writer.Open("internal static class SeedreamBuilderSupport");
        writer.Summary("Sets <paramref name=\"value\"/> at a dotted key path, creating the nested objects on the way.");
        writer.Line("/// <param name=\"extra\">The request's <c>extra</c> object.</param>");
        writer.Line("/// <param name=\"path\">A dotted key path, e.g. <c>optimize_prompt_options.mode</c>.</param>");
        writer.Line("/// <param name=\"value\">The value to set.</param>");
        writer.Open("internal static void SetExtra(" + KnownNames.JObject + " extra, string path, " + KnownNames.JToken + " value)");
        writer.Line("var keys = path.Split('.');");
        writer.Line("var parent = Parent(extra, keys);");
        writer.Line("parent[keys[keys.Length - 1]] = value;");
        writer.Close();
        writer.Line();
        writer.Summary("Adds <c>{\"type\": tool}</c> to the array at a dotted key path, creating it when absent.");
        writer.Line("/// <param name=\"extra\">The request's <c>extra</c> object.</param>");
        writer.Line("/// <param name=\"path\">A dotted key path, e.g. <c>tools</c>.</param>");
        writer.Line("/// <param name=\"tool\">The tool type, e.g. <c>web_search</c>.</param>");
        writer.Open("internal static void AddTool(" + KnownNames.JObject + " extra, string path, string tool)");
        writer.Line("var keys = path.Split('.');");
        writer.Line("var parent = Parent(extra, keys);");
        writer.Line("var tools = parent[keys[keys.Length - 1]] as global::Newtonsoft.Json.Linq.JArray;");
        writer.Open("if (tools == null)");
        writer.Line("tools = new global::Newtonsoft.Json.Linq.JArray();");
        writer.Line("parent[keys[keys.Length - 1]] = tools;");
        writer.Close();
        writer.Line();
        writer.Line("var entry = new " + KnownNames.JObject + "();");
        writer.Line("entry[\"type\"] = tool;");
        writer.Line("tools.Add(entry);");
        writer.Close();
        writer.Line();
        writer.Summary("Parses an absolute URL, or throws an exception that says which argument was wrong.");
        writer.Line("/// <param name=\"url\">The URL.</param>");
        writer.Line("/// <param name=\"parameterName\">The caller's parameter name.</param>");
        writer.Line("/// <param name=\"what\">What the URL is for, e.g. <c>reference image</c>.</param>");
        writer.Line("/// <returns>The parsed URL.</returns>");
        writer.Open("internal static " + KnownNames.Uri + " AbsoluteUri(string url, string parameterName, string what)");
        writer.Line(KnownNames.Uri + " uri;");
        writer.Open("if (url == null || !" + KnownNames.Uri + ".TryCreate(url, global::System.UriKind.Absolute, out uri))");
        writer.Line("throw new global::System.ArgumentException(\"The \" + what + \" URL '\" + url + \"' is not an absolute URL.\", parameterName);");
        writer.Close();
        writer.Line();
        writer.Line("return uri;");
        writer.Close();
        writer.Line();
        writer.Summary("Parses an absolute http or https URL, or throws an exception that says what was wrong.");
        writer.Line("/// <param name=\"url\">The URL.</param>");
        writer.Line("/// <param name=\"parameterName\">The caller's parameter name.</param>");
        writer.Line("/// <returns>The parsed URL.</returns>");
        writer.Open("internal static " + KnownNames.Uri + " HttpUri(string url, string parameterName)");
        writer.Line(KnownNames.Uri + " uri;");
        writer.Open("if (url == null || !" + KnownNames.Uri + ".TryCreate(url, global::System.UriKind.Absolute, out uri) || (uri.Scheme != \"http\" && uri.Scheme != \"https\"))");
        writer.Line("throw new global::System.ArgumentException(\"The callback URL '\" + url + \"' is not an absolute http or https URL.\", parameterName);");
        writer.Close();
        writer.Line();
        writer.Line("return uri;");
        writer.Close();
        writer.Line();
        writer.Open("private static " + KnownNames.JObject + " Parent(" + KnownNames.JObject + " extra, string[] keys)");
        writer.Line("var current = extra;");
        writer.Open("for (var i = 0; i < keys.Length - 1; i++)");
        writer.Line("var child = current[keys[i]] as " + KnownNames.JObject + ";");
        writer.Open("if (child == null)");
        writer.Line("child = new " + KnownNames.JObject + "();");
        writer.Line("current[keys[i]] = child;");
        writer.Close();
        writer.Line();
        writer.Line("current = child;");
        writer.Close();
        writer.Line();
        writer.Line("return current;");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
