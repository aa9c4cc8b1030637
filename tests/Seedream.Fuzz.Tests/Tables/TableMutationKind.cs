namespace Seedream.Fuzz.Tests.Tables;

/// <summary>One way of damaging a table: on its UTF-8 bytes, or on its JSON tokens.</summary>
internal enum TableMutationKind
{
    FlipBit,
    SetByte,
    InsertByte,
    DeleteBytes,
    CopyBytes,
    DeleteToken,
    DuplicateToken,
    SwapTokens,
    ReplaceWithInterestingToken,
    ReplaceWithStringFromTables,
    InsertInterestingToken,
}
