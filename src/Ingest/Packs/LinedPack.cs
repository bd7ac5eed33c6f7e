namespace AgendaSearch.Ingest.Packs;

/// <summary>The pack as one list of cleaned lines plus the agenda item stamps found between them.</summary>
internal sealed record LinedPack(IReadOnlyList<PackLine> Lines, IReadOnlyList<ItemStamp> Stamps);
