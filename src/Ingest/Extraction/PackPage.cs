namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// A page of a pack after extraction. <see cref="Number"/> is the physical page (1-based in the
/// PDF, what a viewer's #page=N opens); <see cref="PrintedNumber"/> is the number printed on the
/// page, when there is one. <see cref="AgendaItemStamp"/> is the N of an "Agenda Item N" stamp,
/// kept as structure rather than text ("Agenda Item 5a" gives 5: the letter is not kept).
/// <see cref="AgendaItemStampY"/> is where the stamp stood (baseline, PDF points): lines above it
/// belong to what came before when a rendering starts a report mid-page.
/// <see cref="Ocr"/>: the page is a scan whose words were read by OCR, so its text may contain misread words.
/// <see cref="RunningLines"/> are the running headers and footers cleaning took off the page: no search text,
/// but where a document names itself ("Alameda City Council" at the foot of every page).
/// </summary>
public sealed record PackPage(
    int Number,
    int? PrintedNumber,
    double Width,
    double Height,
    IReadOnlyList<PageLine> Lines,
    int? AgendaItemStamp = null,
    double? AgendaItemStampY = null,
    bool Ocr = false)
{
    public IReadOnlyList<string> RunningLines { get; init; } = [];

    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}
