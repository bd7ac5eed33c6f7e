using System.Security.Cryptography;

namespace AgendaSearch.Ingest.Worker;

/// <summary>A file's size and modification time: when both match the ledger, the file is taken as unchanged.</summary>
public sealed record FileFacts(long Size, DateTime ModifiedUtc)
{
    public static FileFacts? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileFacts(info.Length, info.LastWriteTimeUtc) : null;
    }

    public static async Task<string> HashAsync(string path, CancellationToken cancellation)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellation));
    }
}
