namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// The failure messages of the ingest, in words a person understands. Unreadable files arrive as
/// <see cref="Extraction.PdfReadException"/> whose message already says why ("encrypted: needs a password",
/// "truncated: ..."); these name what else can go wrong in the parser process.
/// </summary>
internal static class PdfProblems
{
    public const string NoPages = "damaged: no pages found";
    public const string NoText = "no text: the pages are images only (a scan needs OCR)";
    public const string OutOfMemory = "parser crashed: out of memory";
    public const string StackOverflow = "parser crashed: stack overflow";

    public static string Describe(Exception exception) => exception switch
    {
        OutOfMemoryException => OutOfMemory,
        InsufficientExecutionStackException => StackOverflow,
        IOException or UnauthorizedAccessException => "cannot open the file: " + exception.Message,
        _ => $"parser crashed: {exception.GetType().Name}: {exception.Message.Split('\n', 2)[0].Trim()}",
    };

    /// <summary>
    /// Whether <paramref name="exception"/> (or one it wraps) leaves the process unfit for another file: after
    /// running out of memory or stack anything may be half done, and a type whose initializer failed stays
    /// broken for the life of the process, so every later file would fail the same way.
    /// </summary>
    public static bool LeavesProcessUnfit(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is OutOfMemoryException or InsufficientExecutionStackException or TypeInitializationException)
                return true;
        return false;
    }

    public static bool IsOutOfMemory(ExtractionResult result) =>
        result.Error?.StartsWith(OutOfMemory, StringComparison.Ordinal) == true;

    public static string TimedOut(TimeSpan timeout) => $"timed out after {timeout.TotalSeconds:0.#} s";
}
