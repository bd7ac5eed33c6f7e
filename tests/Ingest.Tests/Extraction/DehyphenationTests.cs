using AgendaSearch.Ingest.Extraction;
using static AgendaSearch.Ingest.Tests.Extraction.Synthetic;

namespace AgendaSearch.Ingest.Tests.Extraction;

public class DehyphenationTests
{
    /// <summary>The two lines after mending, with <paramref name="elsewhere"/> as the rest of the pack's text.</summary>
    private static string[] Mend(string upper, string lower, params string[] elsewhere)
    {
        var page = Page(1, Line(upper, 700), Line(lower, 685));
        var other = Page(2, elsewhere.Select((t, i) => Line(t, 700 - 15 * i)).ToArray());
        return Texts(Dehyphenation.Apply([page, other])[0]);
    }

    [Fact]
    public void Joins_a_word_broken_at_the_line_end()
    {
        Assert.Equal(["the LLEP Business and Economic Intelligence", "Update is published monthly"],
            Mend("the LLEP Business and Economic Intelli-", "gence Update is published monthly"));
    }

    [Fact]
    public void Follows_how_the_pack_writes_the_word_elsewhere()
    {
        Assert.Equal(["the co-ordination", "of services"], Mend("the co-", "ordination of services", "better co-ordination"));
        Assert.Equal(["the cooperation", "of services"], Mend("the co-", "operation of services", "their cooperation"));
    }

    [Theory]
    [InlineData("where the Service was pre-", "Covid compared to now.", "where the Service was pre-Covid", "compared to now.")]
    [InlineData("for children aged 16-", "17 who are", "for children aged 16-17", "who are")]
    [InlineData("the Communities Approach 2022-", "26 was", "the Communities Approach 2022-26", "was")]
    [InlineData("contact us by e-", "mail at", "contact us by e-mail", "at")]
    [InlineData("more self-", "isolation of children", "more self-isolation", "of children")]
    [InlineData("medium and long-", "distance journeys", "medium and long-distance", "journeys")]
    [InlineData("see www.example.org/asset-", "based-approach", "see www.example.org/asset-based-approach", "")]
    public void Keeps_a_real_hyphen_and_closes_the_break(string upper, string lower, string mendedUpper, string mendedLower)
    {
        var mended = Mend(upper, lower);

        Assert.Equal(mendedLower.Length == 0 ? [mendedUpper] : [mendedUpper, mendedLower], mended);
    }

    [Fact]
    public void Keeps_the_hyphen_when_the_continuation_is_a_word_of_the_pack_or_the_compound_is()
    {
        Assert.Equal(["quality, cost-effective", "services look like"], Mend("quality, cost-", "effective services look like", "an effective plan"));
        Assert.Equal(["a long-term asset-based", "approach"], Mend("a long-term asset-", "based approach", "asset-based thinking"));
    }

    [Fact]
    public void Removes_a_soft_hyphen()
    {
        Assert.Equal(["Acceleration", "£000"], Mend("Accelera\u00AD", "tion £000"));
    }

    [Fact]
    public void Leaves_a_dash_a_paragraph_gap_and_a_continuation_in_another_column()
    {
        Assert.Equal(["Council Tax Collection Funds -", "surplus"], Mend("Council Tax Collection Funds -", "surplus"));

        var gap = Page(1, Line("the non-", 700), Line("essential spend", 650));
        Assert.Equal(["the non-", "essential spend"], Texts(Dehyphenation.Apply([gap])[0]));

        var columns = Page(1, Cells(700, (72, "Revenue funding of capital-")), Cells(688, (300, "financed items")));
        Assert.Equal(["Revenue funding of capital-", "financed items"], Texts(Dehyphenation.Apply([columns])[0]));
    }

    [Fact]
    public void Mends_inside_a_table_column_with_a_hanging_indent()
    {
        var page = Page(1,
            Cells(700, (72, "9."), (90, "Provisional Revenue Out-"), (330, "Director of")),
            Cells(688, (100, "turn report"), (330, "Corporate")));

        var mended = Dehyphenation.Apply([page, Page(2, Line("the outturn for the year", 700))])[0];

        Assert.Equal(["9.", "Provisional Revenue Outturn", "Director of"], mended.Lines[0].Cells!.Select(c => c.Text));
        Assert.Equal(["report", "Corporate"], mended.Lines[1].Cells!.Select(c => c.Text));
    }
}
