using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Questions;
using AgendaSearch.Ingest.Reports;

namespace AgendaSearch.Ingest.Packs;

/// <summary>
/// Everything parsed from one pack: the shape `inspect` prints and the index consumes.
/// A document holding only some parts (just minutes, one report) leaves the rest empty.
/// <see cref="OtherReports"/> and <see cref="OtherMinutes"/> keep what could not be tied to an
/// agenda item, or a second set of minutes, so that nothing found is lost.
/// </summary>
public sealed record AgendaPack(
    string Source,
    Meeting? Meeting,
    IReadOnlyList<AgendaItem> AgendaItems,
    MinutesRecord? Minutes,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Officer> Officers,
    IReadOnlyList<PackPage> Pages,
    IReadOnlyList<Report>? OtherReports = null,
    IReadOnlyList<MinutesRecord>? OtherMinutes = null);
