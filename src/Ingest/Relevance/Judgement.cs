using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// One graded record of a need, named by what survives re-indexing: the records of <see cref="Pack"/> (a PDF's
/// file name without extension) that are on <see cref="Page"/> (a physical page of that PDF), of <see cref="Kind"/>
/// when given, whose title and text contain <see cref="Phrase"/> (case and spacing aside).
/// Grades: 2 = what the user wanted, 1 = useful, 0 = judged not relevant.
/// </summary>
public sealed record Judgement(int Grade, string Pack, int Page, RecordKind? Kind, string Phrase, int Line);
