using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// Names what is wrong with a PDF in words a person understands. The cheap byte checks run first because
/// PdfPig reports an empty or cut-off file with parser jargon (or, for a truncated one, quietly reads less).
/// </summary>
internal static class PdfProblems
{
    public const string Empty = "empty file (0 bytes)";
    public const string NotPdf = "not a PDF";
    public const string Truncated = "truncated: the end of the file is missing";
    public const string Encrypted = "encrypted: needs a password";
    public const string NoPages = "damaged: no pages found";
    public const string OutOfMemory = "parser crashed: out of memory";
    public const string StackOverflow = "parser crashed: stack overflow";

    // Readers look for the header in the first 1 KB and for %%EOF in the last 1 KB (PDF 32000-1, 7.5.2 and 7.5.5).
    private const int Window = 1024;

    /// <summary>The problem visible in the file's bytes alone, or null when it looks like a whole PDF.</summary>
    public static string? Check(string path)
    {
        using var file = File.OpenRead(path);
        if (file.Length == 0)
            return Empty;
        if (!Contains(Read(file, 0), "%PDF-"))
            return NotPdf;
        return Contains(Read(file, Math.Max(0, file.Length - Window)), "%%EOF") ? null : Truncated;
    }

    public static string Describe(Exception exception) => exception switch
    {
        PdfDocumentEncryptedException => Encrypted,
        OutOfMemoryException => OutOfMemory,
        InsufficientExecutionStackException => StackOverflow,
        PdfDocumentFormatException e when e.Message.Contains("version header") => NotPdf,
        PdfDocumentFormatException e => "damaged: " + e.Message,
        _ => $"parser crashed: {exception.GetType().Name}: {exception.Message}",
    };

    private static byte[] Read(FileStream file, long offset)
    {
        file.Position = offset;
        var buffer = new byte[Window];
        var read = file.ReadAtLeast(buffer, Window, throwOnEndOfStream: false);
        return buffer[..read];
    }

    private static bool Contains(byte[] bytes, string marker) =>
        bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)) >= 0;
}
