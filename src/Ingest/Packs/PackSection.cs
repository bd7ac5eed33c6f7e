namespace AgendaSearch.Ingest.Packs;

/// <summary>What a stretch of a pack is: the front sheet, a set of minutes, or a report (with its appendices).</summary>
internal enum SectionKind
{
    Front,
    Report,
    Minutes,
}

/// <summary>
/// A stretch of consecutive lines of one kind. <see cref="Item"/> is the agenda item an
/// "Agenda Item N" stamp gives it, when there is one.
/// </summary>
internal sealed record PackSection(SectionKind Kind, IReadOnlyList<PackLine> Lines, int? Item)
{
    public int[] Pages => Lines.Count == 0 ? [] : [Lines[0].Page, Lines[^1].Page];
}
