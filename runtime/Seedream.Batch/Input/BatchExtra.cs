using System.Collections.Generic;

namespace Seedream.Batch.Input;

/// <summary>
/// One model option inside a line's <c>extra</c>, flattened to a dotted path (<c>optimize_prompt_options.mode</c>).
/// <see cref="Value"/> is a <see cref="string"/>, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, or, for a
/// tool list such as <c>tools: [{"type": "web_search"}]</c>, an <see cref="IReadOnlyList{T}"/> of tool types.
/// </summary>
/// <param name="Path">The dotted key path inside <c>extra</c>.</param>
/// <param name="Value">The value, of one of the kinds above.</param>
public sealed record BatchExtra(string Path, object Value);
