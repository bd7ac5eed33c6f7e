namespace AgendaSearch.Ingest.Questions;

/// <summary>
/// A public ("public") or members' ("member") question with its reply. <see cref="Minute"/> is the
/// minute it was recorded under, when it came from minutes.
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
    string? To = null);
