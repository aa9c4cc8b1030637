using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace Seedream.Fuzz.Tests.Tables;

/// <summary>Generates and applies byte and token mutations of the shipped model tables.</summary>
internal static class TableMutator
{
    /// <summary>
    /// Byte mutations nearly always break the JSON, so they are a sixth of the draws: the token
    /// mutations keep most files readable and reach the checks behind the JSON reader.
    /// </summary>
    private static readonly Gen<TableMutationKind> Kinds = Gen.Frequency(
        (2, Gen.OneOf(TableMutationKind.FlipBit, TableMutationKind.SetByte, TableMutationKind.InsertByte, TableMutationKind.DeleteBytes, TableMutationKind.CopyBytes)),
        (1, Gen.OneOf(TableMutationKind.DeleteToken, TableMutationKind.DuplicateToken, TableMutationKind.SwapTokens)),
        (4, Gen.Const(TableMutationKind.ReplaceWithInterestingToken)),
        (4, Gen.Const(TableMutationKind.ReplaceWithStringFromTables)),
        (1, Gen.Const(TableMutationKind.InsertInterestingToken)));

    /// <summary>Which table to damage (an index into the shipped tables) and one to three mutations, applied in order.</summary>
    public static Gen<(int Table, TableMutation[] Mutations)> Cases(int tableCount) =>
        Gen.Select(
            Gen.Int[0, tableCount - 1],
            Gen.Select(Kinds, Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue])
                .Select((kind, a, b, c) => new TableMutation(kind, a, b, c))
                .Array[1, 3]);

    /// <summary>Applies <paramref name="mutations"/> to <paramref name="original"/> and returns the damaged file's bytes.</summary>
    /// <param name="original">The table as UTF-8 bytes.</param>
    /// <param name="mutations">What to do to it.</param>
    /// <param name="stringPool">Every string token of the shipped tables, for cross-table splices.</param>
    public static byte[] Apply(byte[] original, IEnumerable<TableMutation> mutations, IReadOnlyList<string> stringPool)
    {
        var bytes = original;
        foreach (var mutation in mutations)
        {
            bytes = IsByteLevel(mutation.Kind)
                ? ApplyToBytes(bytes, mutation)
                : Encoding.UTF8.GetBytes(ApplyToTokens(Encoding.UTF8.GetString(bytes), mutation, stringPool));
        }

        return bytes;
    }

    private static bool IsByteLevel(TableMutationKind kind) => kind <= TableMutationKind.CopyBytes;

    private static byte[] ApplyToBytes(byte[] bytes, TableMutation mutation)
    {
        var list = new List<byte>(bytes);
        if (list.Count == 0)
        {
            list.Add((byte)mutation.C);
            return list.ToArray();
        }

        var at = mutation.A % list.Count;
        switch (mutation.Kind)
        {
            case TableMutationKind.FlipBit:
                list[at] ^= (byte)(1 << (mutation.B % 8));
                break;
            case TableMutationKind.SetByte:
                list[at] = (byte)mutation.C;
                break;
            case TableMutationKind.InsertByte:
                list.Insert(at, (byte)mutation.C);
                break;
            case TableMutationKind.DeleteBytes:
                list.RemoveRange(at, Math.Min(1 + (mutation.B % 16), list.Count - at));
                break;
            default:
                var length = Math.Min(1 + (mutation.B % 64), list.Count - at);
                var chunk = list.GetRange(at, length);
                list.InsertRange(mutation.C % list.Count, chunk);
                break;
        }

        return list.ToArray();
    }

    private static string ApplyToTokens(string text, TableMutation mutation, IReadOnlyList<string> stringPool)
    {
        var tokens = JsonTokens.Split(text);
        if (tokens.Count == 0)
        {
            return text + InterestingTokens.All[mutation.C % InterestingTokens.All.Length];
        }

        var (start, length) = tokens[mutation.A % tokens.Count];
        var token = text.Substring(start, length);
        switch (mutation.Kind)
        {
            case TableMutationKind.DeleteToken:
                return text.Remove(start, length);
            case TableMutationKind.DuplicateToken:
                return text.Insert(start + length, " " + token);
            case TableMutationKind.SwapTokens:
                var (otherStart, otherLength) = tokens[mutation.B % tokens.Count];
                if (otherStart == start)
                {
                    return text;
                }

                var other = text.Substring(otherStart, otherLength);
                return otherStart > start
                    ? text.Remove(otherStart, otherLength).Insert(otherStart, token).Remove(start, length).Insert(start, other)
                    : text.Remove(start, length).Insert(start, other).Remove(otherStart, otherLength).Insert(otherStart, token);
            case TableMutationKind.ReplaceWithInterestingToken:
                return text.Remove(start, length).Insert(start, InterestingTokens.All[mutation.C % InterestingTokens.All.Length]);
            case TableMutationKind.ReplaceWithStringFromTables:
                var strings = tokens.Where(candidate => text[candidate.Start] == '"').ToList();
                if (strings.Count == 0)
                {
                    return text;
                }

                var (stringStart, stringLength) = strings[mutation.A % strings.Count];
                return text.Remove(stringStart, stringLength).Insert(stringStart, stringPool[mutation.C % stringPool.Count]);
            default:
                return text.Insert(start, InterestingTokens.All[mutation.C % InterestingTokens.All.Length] + " ");
        }
    }
}
