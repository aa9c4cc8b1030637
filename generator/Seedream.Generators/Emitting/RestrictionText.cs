using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>The attributes that turn an option a model lacks into a compile error naming the models that have it.</summary>
internal static class RestrictionText
{
    public static string Message(string modelId, ModelOption option)
    {
        var what = option.Category switch
        {
            OptionCategory.Size => "size " + option.Wire,
            OptionCategory.Resolution => "resolution " + option.Wire,
            OptionCategory.Extra => option.Member + " (extra." + option.Wire + ")",
            _ => option.ExtraName + " value '" + option.Wire + "'",
        };
        return modelId + " does not support " + what + ". Supported by: " + string.Join(", ", option.SupportedBy) + ".";
    }

    /// <summary>Writes the summary and the <c>[Obsolete(..., true)]</c> + <c>[EditorBrowsable(Never)]</c> pair.</summary>
    public static void Write(SourceWriter writer, string modelId, ModelOption option)
    {
        var message = Message(modelId, option);
        writer.Summary("Not available: " + SourceWriter.Xml(message) + " Using it is a compile error (CS0619).");
        writer.Line("[" + KnownNames.Obsolete + "(" + SourceWriter.Literal(message) + ", true)]");
        writer.Line("[" + KnownNames.EditorBrowsableNever + "]");
    }
}
