namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>The words recognised on one scanned page, in PDF points like a text layer's, and the page's size.</summary>
internal sealed record OcrPage(IReadOnlyList<TextWord> Words, double Width, double Height);
