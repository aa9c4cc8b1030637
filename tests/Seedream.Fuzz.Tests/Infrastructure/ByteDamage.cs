using System.Collections.Generic;

namespace Seedream.Fuzz.Tests.Infrastructure;

/// <summary>One byte-level mutation: a byte changed, the rest cut off, a byte inserted, or invalid UTF-8 inserted.</summary>
internal static class ByteDamage
{
    public static byte[] Apply(byte[] bytes, ChoiceReader pick)
    {
        var list = new List<byte>(bytes);
        if (list.Count == 0)
        {
            return new byte[] { (byte)pick.Pick(256) };
        }

        var at = pick.Pick(list.Count);
        switch (pick.Pick(4))
        {
            case 0:
                list[at] = (byte)pick.Pick(256);
                break;
            case 1:
                list.RemoveRange(at, list.Count - at);
                break;
            case 2:
                list.Insert(at, (byte)pick.Pick(256));
                break;
            default:
                list.InsertRange(at, new byte[] { 0xC3, 0x28, 0xFF, 0xFE });
                break;
        }

        return list.ToArray();
    }
}
