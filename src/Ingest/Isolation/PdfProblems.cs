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

    public static string TimedOut(TimeSpan timeout) => $"timed out after {timeout.TotalSeconds:0.#} s";
}
