using AgendaSearch.Records;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// Marks the records whose pages include scans read by OCR (<see cref="RecordExtras.OcrPages"/>), so the API and
/// the page can say their text may contain misread words.
/// </summary>
internal static class OcrMarks
{
    public static List<SearchRecord> Apply(List<SearchRecord> records, IReadOnlyList<PackPage> pages)
    {
        var scanned = pages.Where(p => p.Ocr).Select(p => p.Number).ToList();
        if (scanned.Count == 0)
        {
            return records;
        }

        return records.Select(record =>
        {
            if (record.Pages.Length == 0)
            {
                return record;
            }

            var (first, last) = (record.Pages.Min(), record.Pages.Max());
            var read = scanned.Where(p => p >= first && p <= last).ToList();
            return read.Count == 0
                ? record
                : record with { Extra = new Dictionary<string, string>(record.Extra) { [RecordExtras.OcrPages] = string.Join(',', read) } };
        }).ToList();
    }
}
