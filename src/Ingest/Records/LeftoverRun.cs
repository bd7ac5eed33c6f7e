namespace AgendaSearch.Ingest.Records;

/// <summary>Lines of consecutive pages that no record holds, in reading order (see <see cref="LeftoverText"/>).</summary>
internal sealed record LeftoverRun(IReadOnlyList<LeftoverLine> Lines)
{
    public int FirstPage => Lines[0].Page;

    public int LastPage => Lines[^1].Page;
}
