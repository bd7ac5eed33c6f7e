namespace AgendaSearch.Ingest.Coverage;

/// <summary>
/// What <see cref="CorpusCoverage.Measure"/> found: of the words sampled (each printed in one PDF of the folder only),
/// how many a search found in their PDF and how many at their page; the records, sections among them and records
/// without a body or a date; ids given by several documents, and those naming records with little text in common.
/// </summary>
public sealed record CoverageReport(
    int Files,
    int Read,
    long Words,
    long Found,
    long AtPage,
    int Records,
    int Sections,
    int NoBody,
    int NoDate,
    int NoBodyOrDate,
    int SharedIds,
    int Collisions)
{
    public double FoundShare => Words == 0 ? 1 : (double)Found / Words;

    public double AtPageShare => Words == 0 ? 1 : (double)AtPage / Words;

    public double NoBodyOrDateShare => Records == 0 ? 0 : (double)NoBodyOrDate / Records;

    /// <summary>The key=value line bench/run reads.</summary>
    public override string ToString() =>
        $"coverage files={Files} read={Read} words={Words} found={Found} found_share={FoundShare * 100:F1}% at_page={AtPage} " +
        $"at_page_share={AtPageShare * 100:F1}% records={Records} sections={Sections} no_body={NoBody} no_date={NoDate} " +
        $"no_body_or_date_share={NoBodyOrDateShare * 100:F1}% shared_ids={SharedIds} collisions={Collisions}";
}
