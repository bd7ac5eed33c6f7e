using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Tests.Fixtures;
using static AgendaSearch.Ingest.Tests.Extraction.Synthetic;

namespace AgendaSearch.Ingest.Tests.Councils;

public sealed class CouncilDetectorTests
{
    private const string Kind = "Councils";

    [Theory]
    [InlineData("letterhead-in-capitals.txt")]
    [InlineData("parish-minutes-heading.txt")]
    [InlineData("us-city-agenda.txt")]
    [InlineData("names-no-council.txt")]
    [InlineData("combined-authority-heading.txt")]
    [InlineData("letterhead-over-two-lines.txt")]
    [InlineData("item-letters-no-council.txt")]
    [InlineData("town-hall-venue.txt")]
    [InlineData("village-hall-parish.txt")]
    [InlineData("town-hall-no-own-council.txt")]
    [InlineData("councils-listed-below-heading.txt")]
    [InlineData("council-at-foot-of-late-pages.txt")]
    public void Fixture_names_the_expected_council(string name) =>
        FixtureCase.Check(Kind, name, n => new { Council = CouncilDetector.Detect(FixtureText.Load(Kind, n).Pages) ?? "none" });

    [Theory]
    [InlineData("Leicestershire County Council", "Leicestershire County Council", true)]
    [InlineData("MINUTES OF THE MEETING OF MILBURN PARISH COUNCIL", "Milburn Parish Council", true)]
    [InlineData("post system for Kent County Council staff", "Kent County Council", false)]
    [InlineData("TOWNSHIP OF NIPISSING", "Township of Nipissing", true)]
    [InlineData("The Township of Nipissing supports the resolution.", "Township of Nipissing", false)]
    [InlineData("Stoke-on-Trent City Council", "Stoke-on-Trent City Council", true)]
    [InlineData("the City of Alameda’s Objective Design Standards", "City of Alameda", false)]
    [InlineData("West of England Combined Authority Committee", "West of England Combined Authority", false)]
    [InlineData("GREATER MANCHESTER COMBINED AUTHORITY", "Greater Manchester Combined Authority", true)]
    [InlineData("we wrote to the West of England Mayoral Combined Authority", "West of England Mayoral Combined Authority", false)]
    public void A_line_names_a_council(string line, string council, bool ownLine) =>
        Assert.Equal([(council, ownLine)], CouncilDetector.Names(line));

    [Theory]
    [InlineData("RESOLVED that the County Council approve the budget.")]
    [InlineData("All Members of the County Council")]
    [InlineData("consulted the district and borough councils")]
    [InlineData("Agenda for the Budget County Council")]
    [InlineData("Full Council")]
    [InlineData("E. CITY COUNCIL MINUTES OF NOVEMBER 8, 2022")]
    [InlineData("the mayoral combined authority")]
    public void A_council_named_by_its_kind_alone_is_no_name(string line) =>
        Assert.Empty(CouncilDetector.Names(line));

    [Fact]
    public void A_council_named_only_in_a_running_footer_is_found_after_cleaning_takes_the_footer_off()
    {
        var cleaned = RunningHeaders.Apply(WithFooterBlock(5));

        Assert.DoesNotContain(cleaned, p => p.Text.Contains("Alameda City Council"));
        Assert.Equal("Alameda City Council", CouncilDetector.Detect(cleaned));
    }
}
