using AgendaSearch.Records;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Ingest.Tests.Extraction.Ocr;

/// <summary>
/// Real OCR (Tesseract) of scans made from the July 2021 seed pack, checked against the pack's own text layer:
/// the words come back, a mixed pack reads only its scanned pages, and a pack with every third page scanned
/// parses to the records of the born-digital original.
/// </summary>
public sealed class ScannedPackTests : IDisposable
{
    private static readonly string Source = Corpus.Pack(Corpus.July2021);
    private readonly DirectoryInfo cache = Directory.CreateTempSubdirectory("agendasearch-ocr-test-");

    [Fact]
    public void Ocr_reads_the_body_text_of_scanned_pages_with_at_least_95_percent_of_the_words()
    {
        int[] pages = [5, 6, 7];
        var original = PdfTextReader.ReadRawPages(Scans.Build(Source, pages, new HashSet<int>()));
        var scan = Scans.Build(Source, pages, pages.ToHashSet());

        var read = PdfTextReader.ReadRawPages(scan, new TesseractOcr(Scans.Settings()));

        Assert.All(read, page => Assert.True(page.Ocr));
        var accuracy = WordAccuracy.Of(Text(original), Text(read));
        Assert.True(accuracy >= 0.95, $"word accuracy {accuracy:P1}");
    }

    [Fact]
    public void A_mixed_pack_reads_only_its_scanned_pages_and_a_second_read_takes_them_from_the_cache()
    {
        int[] pages = [5, 6, 8];
        var original = PdfTextReader.ReadRawPages(Scans.Build(Source, pages, new HashSet<int>()));
        var mixed = Scans.Build(Source, pages, new HashSet<int> { 6 });
        var ocr = new TesseractOcr(Scans.Settings(cache.FullName));
        var heard = new List<OcrCount>();

        var read = PdfTextReader.ReadRawPages(mixed, ocr, heard.Add);

        Assert.Equal([false, true, false], read.Select(p => p.Ocr));
        Assert.Equal([new OcrCount(0, 1), new OcrCount(1, 1)], heard);
        Assert.Equal(1, ocr.PagesRecognised);
        Assert.Equal(original[0].Text, read[0].Text);
        Assert.Equal(original[2].Text, read[2].Text);
        Assert.True(WordAccuracy.Of(original[1].Text, read[1].Text) >= 0.95);

        var again = new TesseractOcr(Scans.Settings(cache.FullName));
        var reread = PdfTextReader.ReadRawPages(mixed, again);
        Assert.Equal(0, again.PagesRecognised);
        Assert.Equal(read.Select(p => p.Text), reread.Select(p => p.Text));
    }

    [Fact]
    public void A_pack_with_every_third_page_scanned_parses_to_the_records_of_the_original()
    {
        // The front sheet, the agenda and the minutes of the previous meeting: every kind of record but reports.
        var pages = Enumerable.Range(1, 14).ToList();
        var scanned = pages.Where(p => p % 3 == 1).ToHashSet();
        var original = Records(Scans.Build(Source, pages, new HashSet<int>()), null);
        var scan = Records(Scans.Build(Source, pages, scanned), new TesseractOcr(Scans.Settings()));

        var score = RecordAgreement.Score(original, scan);

        Assert.True(original.Count >= 20, $"{original.Count} records in the original");
        Assert.True(score >= 0.90, $"records agree {score:P1}:\n{RecordAgreement.Differences(original, scan)}");
        var meeting = scan.Single(r => r.Type == RecordKind.Meeting && !r.Extra.ContainsKey(RecordExtras.DerivedFrom));
        Assert.Equal(new DateOnly(2021, 7, 12), meeting.MeetingDate);
        Assert.Contains("1", RecordExtras.OcrPagesOf(meeting).Select(p => p.ToString()));
        Assert.All(scan.Where(r => r.Pages.Length > 0 && !r.Pages.Any(scanned.Contains) && r.Pages.Max() - r.Pages.Min() < 2),
            r => Assert.Empty(RecordExtras.OcrPagesOf(r)));
    }

    private static List<SearchRecord> Records(byte[] pdf, IPageOcr? ocr) =>
        RecordBuilder.Build(PackParser.Parse(PdfTextReader.Read("pack.pdf", pdf, ocr)), "pack").ToList();

    private static string Text(IEnumerable<PackPage> pages) => string.Join('\n', pages.Select(p => p.Text));

    public void Dispose() => cache.Delete(recursive: true);
}
