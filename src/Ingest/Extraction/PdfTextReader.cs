using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// The outer layer: the only code that touches PdfPig. Opens from a path or bytes (PdfPig is much
/// slower from a stream) and turns each page into lines in reading order.
/// </summary>
internal static class PdfTextReader
{
    public static PackText Read(string path) => Read(Path.GetFileName(path), PdfDocument.Open(path));

    public static PackText Read(string source, byte[] bytes) => Read(source, PdfDocument.Open(bytes));

    private static PackText Read(string source, PdfDocument document)
    {
        using (document)
        {
            var pages = new List<PackPage>(document.NumberOfPages);
            foreach (var page in document.GetPages())
                pages.Add(ReadPage(page));
            return new PackText(source, pages);
        }
    }

    private static PackPage ReadPage(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        return new PackPage(page.Number, null, page.Width, page.Height, LineBuilder.Build(words));
    }
}
