namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// The text of a whole pack: the boundary between PDF extraction and the pure parsers. <see cref="Source"/> is the
/// file name and <see cref="Title"/> the PDF's metadata title: the parsers read a meeting from them only when the
/// printed text names none (a template's metadata title can be stale, and file names follow no rule).
/// </summary>
public sealed record PackText(string Source, IReadOnlyList<PackPage> Pages, string? Title = null);
