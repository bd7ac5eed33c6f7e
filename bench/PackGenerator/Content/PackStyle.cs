namespace AgendaSearch.PackGenerator.Content;

/// <summary>
/// The two house styles. A: like the seed packs (numbered front sheet, plain report header, page number alone at the
/// foot). B: "Agenda Item N" stamps, running header, "Page N" footers counted from the first page after the front
/// sheet, minutes numbered in the hundreds with "(Item N)", a "Contact details" block.
/// </summary>
internal enum PackStyle
{
    A,
    B,
}
