namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// A file that cannot be read as a PDF. <see cref="Exception.Message"/> is one line: a short reason
/// ("not a PDF", "encrypted: needs a password", "truncated: ...") that a caller can print as is.
/// </summary>
public sealed class PdfReadException(PdfReadFailure failure, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public PdfReadFailure Failure { get; } = failure;
}
