namespace AgendaSearch.Ingest.Packs;

/// <summary>
/// An "Agenda Item N" stamp. <see cref="Line"/> is the index of the first line after it; a stamp the
/// extractor only reported for a whole page (<see cref="PageLevel"/>) points at the page's first line.
/// </summary>
internal sealed record ItemStamp(int Line, int Item, int Page, bool PageLevel);
