namespace AgendaSearch.Ingest.Questions;

/// <summary>
/// A public ("public") or members' ("member") question with its reply. <see cref="Minute"/> is the
/// minute it was recorded under, when it came from minutes; <see cref="AgendaItem"/> the item whose
/// paper printed it, for a question paper in a pack.
/// </summary>
public sealed record Question(
    string Kind,
    int? Minute,
    string AskedBy,
    string? AnsweredBy,
    string Text,
    string? Reply,
    string? Supplementary,
    int[] Pages,
    string? To = null,
    int? AgendaItem = null);
