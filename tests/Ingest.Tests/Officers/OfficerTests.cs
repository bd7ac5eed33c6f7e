using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Officers;

public sealed class OfficerTests
{
    private static IReadOnlyList<OfficerContact> Block(string text) =>
        ContactBlockParser.Parse(PackLines.Read(FixtureText.Parse("t", text)).Lines, 0);

    [Fact]
    public void One_identity_per_person_across_printed_forms()
    {
        var officers = OfficerDirectory.Build(
        [
            new(new OfficerContact("Mr C Tambini", "Director of Corporate Resources, Corporate Resources Department", "0116 305 6199", "Chris.Tambini@leics.gov.uk"), 9),
            new(new OfficerContact("Chris Tambini", "Director of Corporate Resources"), 10),
            new(new OfficerContact("Mr D Keegan", "Assistant Director (Strategic Finance and Property)", null, "Declan.Keegan@leics.gov.uk"), 9),
            new(new OfficerContact("Mrs J Tambini", "Democratic Services Officer"), null),
        ]);

        Assert.Equal(["Chris Tambini", "Declan Keegan", "J Tambini"], officers.Select(o => o.Name));
        var chris = officers[0];
        Assert.Equal(["Mr C Tambini"], chris.Aliases);
        Assert.Equal(["Director of Corporate Resources"], chris.Roles);
        Assert.Equal([9, 10], chris.Items!);
        Assert.Equal(("0116 305 6199", "Chris.Tambini@leics.gov.uk"), (chris.Phone, chris.Email));
    }

    [Fact]
    public void An_email_address_gives_a_first_name_only_when_it_agrees_with_the_initial()
    {
        Assert.Equal("Chris Tambini", OfficerDirectory.FullName(new OfficerContact("Mr C Tambini", Email: "chris.tambini@leics.gov.uk")));
        Assert.Equal("C Tambini", OfficerDirectory.FullName(new OfficerContact("Mr C Tambini", Email: "democratic.services@leics.gov.uk")));
        Assert.Equal("C Tambini", OfficerDirectory.FullName(new OfficerContact("Mr C Tambini", Email: "david.tambini@leics.gov.uk")));
    }

    [Theory]
    [InlineData("Mr. M. T. Mullaney CC (in the Chair)", "M. T. Mullaney")]
    [InlineData("Mrs P. Posnett CC Lead Member for Communities", "P. Posnett")]
    [InlineData("Cllr Jane Smith", "Jane Smith")]
    [InlineData("Chris Tambini, Director of Corporate Resources", "Chris Tambini")]
    [InlineData("Mr L. Breckon JP CC", "L. Breckon")]
    [InlineData("Deputy Mayor Tom Lee", "Tom Lee")]
    public void Cleans_a_printed_name(string printed, string expected) =>
        Assert.Equal(expected, PersonName.Clean(printed));

    [Theory]
    [InlineData("Tom Purnell", true)]
    [InlineData("Mr D Keegan, Assistant Director", true)]
    [InlineData("Assistant Chief Executive", false)]
    [InlineData("Corporate Resources Department", false)]
    [InlineData("UNRESTRICTED ITEMS", false)]
    [InlineData("Resources", false)]
    public void Tells_names_from_job_titles(string text, bool expected) =>
        Assert.Equal(expected, PersonName.LooksLikeName(text));

    [Theory]
    [InlineData("Councillors D Richardson (Chair), S Linsley, & P Moran", "D Richardson|S Linsley|P Moran")]
    [InlineData("Councillors D Richardson (Chair) N Cresswell, M Armstrong and R Healey", "D Richardson|N Cresswell|M Armstrong|R Healey")]
    [InlineData("Mayor Dave Yemm and Councillors Shelly Foote, Stephen Kirkey, and James Scott.", "Dave Yemm|Shelly Foote|Stephen Kirkey|James Scott")]
    public void Splits_a_parish_or_township_present_line(string line, string names) =>
        Assert.Equal(names.Split('|'), PersonName.SplitList(line).Select(PersonName.Clean));

    [Fact]
    public void Splits_two_columns_of_members_read_as_one_line() =>
        Assert.Equal(["Mr. T. Barkley CC", "Mr. J. Morgan CC"], PersonName.SplitList("Mr. T. Barkley CC Mr. J. Morgan CC"));

    [Fact]
    public void Reads_one_line_per_detail_and_stops_at_the_next_heading()
    {
        var contacts = Block("""
            Tom Purnell
            Assistant Chief Executive
            0116 3057019
            Tom.Purnell@leics.gov.uk
            Elizabeth Watkins
            Engagement & Consultation Manager
            0116 3051152
            Elizabeth.watkins@leics.gov.uk
            List of Appendices
            Appendix A: Consultation Principles
            """);

        Assert.Equal(
            [
                new OfficerContact("Tom Purnell", "Assistant Chief Executive", "0116 3057019", "Tom.Purnell@leics.gov.uk"),
                new OfficerContact("Elizabeth Watkins", "Engagement & Consultation Manager", "0116 3051152", "Elizabeth.watkins@leics.gov.uk"),
            ],
            contacts);
    }

    [Fact]
    public void Reads_a_labelled_contact_details_table()
    {
        var contacts = Block("""
            Name: Jane Doe
            Job title: Head of Democratic Services
            Tel: 01234 567890
            Email: jane.doe@example.gov.uk
            Background papers
            """);

        Assert.Equal(new OfficerContact("Jane Doe", "Head of Democratic Services", "01234 567890", "jane.doe@example.gov.uk"), Assert.Single(contacts));
    }

    [Fact]
    public void A_following_table_of_figures_ends_the_block()
    {
        var contacts = Block("""
            Mr D Keegan, Assistant Director (Strategic Finance and Property), Corporate Resources
            Department
            ☎0116 305 7668 E-mail Declan.Keegan@leics.gov.uk
            REVENUE BUDGET 2020/21 - OUTTURN STATEMENT
            Updated Budget 389,865
            """);

        var only = Assert.Single(contacts);
        Assert.Equal("Assistant Director (Strategic Finance and Property), Corporate Resources Department", only.Role);
    }

    [Fact]
    public void Reads_an_inline_contact_officer_line()
    {
        var contacts = ContactBlockParser.Parse([], 0, "Jane Smith, Head of Democratic Services, Tel: 01234 567890, email: jane.smith@example.gov.uk");

        Assert.Equal(new OfficerContact("Jane Smith", "Head of Democratic Services", "01234 567890", "jane.smith@example.gov.uk"), Assert.Single(contacts));
    }
}
