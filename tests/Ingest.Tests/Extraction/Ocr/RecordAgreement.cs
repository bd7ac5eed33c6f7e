using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Tests.Extraction.Ocr;

/// <summary>
/// How far the records parsed from a scan agree with those of the born-digital original: the share of the
/// original's records found under the same id, with the same kind and meeting date, and a title whose words
/// were read at least nine times in ten.
/// </summary>
internal static class RecordAgreement
{
    private const double TitleWords = 0.9;

    public static double Score(IReadOnlyList<SearchRecord> original, IReadOnlyList<SearchRecord> read) =>
        original.Count == 0 ? 1 : (double)original.Count(r => Agrees(r, read)) / original.Count;

    public static string Differences(IReadOnlyList<SearchRecord> original, IReadOnlyList<SearchRecord> read) =>
        string.Join('\n', original.Where(r => !Agrees(r, read))
            .Select(r => $"{r.Id} \"{r.Title}\" -> {(read.FirstOrDefault(s => s.Id == r.Id) is { } s ? $"\"{s.Title}\" {s.MeetingDate}" : "missing")}"));

    private static bool Agrees(SearchRecord record, IReadOnlyList<SearchRecord> read) =>
        read.FirstOrDefault(r => r.Id == record.Id) is { } match
        && match.Type == record.Type
        && match.MeetingDate == record.MeetingDate
        && WordAccuracy.Of(record.Title, match.Title) >= TitleWords;
}
