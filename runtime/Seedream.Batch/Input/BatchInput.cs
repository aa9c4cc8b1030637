using System.Collections.Generic;

namespace Seedream.Batch.Input;

/// <summary>A batch file as read and checked: its valid lines, its invalid ones, and its content hash.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Sha256">The lowercase hex SHA-256 of the file's bytes; the ledger keeps it to notice a changed input.</param>
/// <param name="Lines">The lines that can be submitted, in file order (blank lines and <c>#</c> comments are skipped).</param>
/// <param name="Problems">The lines that cannot, in file order.</param>
public sealed record BatchInput(string Path, string Sha256, IReadOnlyList<BatchLine> Lines, IReadOnlyList<BatchLineProblem> Problems);
