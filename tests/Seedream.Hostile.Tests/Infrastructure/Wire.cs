using System;
using System.Linq;

namespace Seedream.Hostile.Tests.Infrastructure;

/// <summary>Bodies the hostile server sends, and the few things every test shares.</summary>
internal static class Wire
{
    public const string ApiKey = "sk-Hostile-Key-0123456789abcdef";

    public static readonly byte[] Png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Enumerable.Repeat((byte)7, 120)).ToArray();

    public static string Task(string id, string status, int progress = 0, string extra = "") =>
        $"{{\"task_id\":\"{id}\",\"model\":\"seedream-4.5\",\"status\":\"{status}\",\"progress\":{progress},\"created_at\":1775285160000{extra}}}";

    public static string Completed(string id, params string[] imageUrls) =>
        Task(id, "completed", 100, ",\"result\":{\"images\":[" + string.Join(",", imageUrls.Select(u => $"{{\"url\":\"{u}\"}}")) + "]}");

    public static string Error(string code, string message) => $"{{\"error\":{{\"code\":\"{code}\",\"message\":\"{message}\"}}}}";

    public const string GatewayPage = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
}
