namespace AgendaSearch.Ingest.Extraction;

/// <summary>Why a file could not be read as a PDF; stable names a caller can map to states.</summary>
public enum PdfReadFailure
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>The file does not start with a PDF header (an HTML error page, a Word file).</summary>
    NotPdf,

    /// <summary>The PDF needs a password to open.</summary>
    Encrypted,

    /// <summary>The file ends before the PDF does (an interrupted download).</summary>
    Truncated,

    /// <summary>The PDF is structurally broken in some other way.</summary>
    Damaged,

    /// <summary>The PDF opens but no page has any text: scanned images, with OCR off or finding no words.</summary>
    NoText,

    /// <summary>A scanned page could not be read by OCR (the renderer or Tesseract failed or ran out of time).</summary>
    OcrFailed,
}
