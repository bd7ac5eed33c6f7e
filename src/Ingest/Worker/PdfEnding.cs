namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Whether a file's bytes end the way a written-out PDF does: "%%EOF", then at most some whitespace (writers add a
/// line break; some pad with spaces or NULs). A copy still under way almost never stops exactly there. A PDF
/// updated incrementally has an "%%EOF" after each revision, so a copy can pause right after an earlier one:
/// that is why the worker also wants the size unchanged for a while (<see cref="ReadinessRule"/>), and a later
/// change to the file is planned again anyway.
/// </summary>
internal static class PdfEnding
{
    /// <summary>How much of the file's end is read: room for the marker after generous padding.</summary>
    public const int TailLength = 1024;

    private static ReadOnlySpan<byte> Marker => "%%EOF"u8;

    public static bool IsComplete(ReadOnlySpan<byte> tail)
    {
        var end = tail.Length;
        while (end > 0 && tail[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0)
            end--;
        return tail[..end].EndsWith(Marker);
    }

    /// <summary>Reads the last <see cref="TailLength"/> bytes of <paramref name="path"/>; false when it cannot be read (gone, locked).</summary>
    public static bool IsComplete(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            var length = (int)Math.Min(file.Length, TailLength);
            var tail = new byte[length];
            file.Seek(-length, SeekOrigin.End);
            file.ReadExactly(tail);
            return IsComplete(tail);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
