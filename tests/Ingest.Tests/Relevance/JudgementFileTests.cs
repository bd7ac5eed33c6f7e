using AgendaSearch.Ingest.Relevance;
using AgendaSearch.Ingest.Tests.Fixtures;
using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Tests.Relevance;

/// <summary>The judgement list format: what a well-formed need reads as, and an error with its line for each malformed line.</summary>
public sealed class JudgementFileTests
{
    private static string Fixture(string name) => Path.Combine(Corpus.Root, "tests", "Ingest.Tests", "Relevance", "fixtures", name);

    [Fact]
    public void A_well_formed_need_reads_with_its_queries_filters_and_judgements()
    {
        var list = JudgementFile.Read(Fixture("malformed.md"));
        var need = list.Needs[0];

        Assert.Equal(("malformed", "good-need", NeedKind.Decision, "a need written correctly."), (need.Set, need.Id, need.Kind, need.Want));
        var query = Assert.Single(need.Queries);
        Assert.Equal("MTFS resolved", query.Text);
        Assert.Equal("MTFS resolved", query.Request.Query);
        Assert.Equal([RecordKind.Resolution], query.Request.Types);
        Assert.Equal(["Leicestershire County Council"], query.Request.Councils);
        Assert.Equal(new DateOnly(2022, 1, 1), query.Request.From);
        Assert.Equal(new Judgement(2, "scrutiny-commission-2022-03-09-agenda-pack", 15, RecordKind.Resolution, "comments now made", 6), Assert.Single(need.Judgements));
    }

    [Fact]
    public void Every_malformed_line_is_an_error_with_its_line_number() =>
        Golden.Verify(string.Join('\n', JudgementFile.Read(Fixture("malformed.md")).Errors) + "\n", Fixture("malformed.errors.txt"));

    [Fact]
    public void Every_kind_of_need_has_a_name_that_reads_back()
    {
        foreach (var kind in Enum.GetValues<NeedKind>())
        {
            Assert.True(NeedKinds.TryParse(kind.Name(), out var read));
            Assert.Equal(kind, read);
        }
    }
}
