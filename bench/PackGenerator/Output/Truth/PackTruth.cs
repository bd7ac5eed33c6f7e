namespace AgendaSearch.PackGenerator.Output.Truth;

/// <summary>
/// What a correct parser finds in one generated pack. The fields the seed gold files have keep their names and
/// shape, so `score-pack PACK.json PARSED.json` scores a parse against it; the rest (pages, printed page numbers,
/// layout, the previous pack) is for checks the gold files cannot make.
/// </summary>
internal sealed record PackTruth(
    string Pdf,
    string Layout,
    int Pages,
    int FrontSheetPages,
    IReadOnlyList<int?> PrintedPages,
    MeetingTruth Meeting,
    IReadOnlyList<string> Membership,
    IReadOnlyList<ItemTruth> AgendaItems,
    MinutesTruth Minutes,
    IReadOnlyList<QuestionTruth> Questions,
    string? PreviousPack);
