using AgendaSearch.Ingest.Councils;

namespace AgendaSearch.Ingest.Tests.Councils;

public sealed class BodyNamesTests
{
    [Theory]
    // What kind of meeting it was ("Regular Meeting", "Regular Meeting Agenda") is not part of the body's name.
    [InlineData("Regular Meeting Agenda CITY COUNCIL", "City of Rolling Hills Estates", "City Council")]
    [InlineData("Regular Meeting Lomita City Council", "City of Lomita", "Lomita City Council")]
    [InlineData("Special Meeting of the City Council", "City of Alameda", "City Council")]
    // The council's own name is its full council, however the paper prints it.
    [InlineData("Kent County Council", "Kent County Council", "County Council")]
    [InlineData("County Council", "Kent County Council", "County Council")]
    [InlineData("KENT COUNTY COUNCIL", "Kent County Council", "County Council")]
    [InlineData("Full Council", "Bristol City Council", "City Council")]
    [InlineData("Council", "Milburn Parish Council", "Parish Council")]
    [InlineData("Minutes of the Milburn Parish Council", "Milburn Parish Council", "Parish Council")]
    [InlineData("Agenda for the Budget County Council", "Kent County Council", "County Council")]
    [InlineData("City Council", "City of Alameda", "City Council")]
    // The council's name before a committee's comes off.
    [InlineData("Kent County Council Cabinet", "Kent County Council", "Cabinet")]
    [InlineData("West of England Combined Authority Committee and West of England Joint Committee", "West of England Combined Authority", "West of England Combined Authority Committee and West of England Joint Committee")]
    [InlineData("City of Alameda Historical Advisory Board", "City of Alameda", "Historical Advisory Board")]
    [InlineData("Leicestershire County Council – Scrutiny Commission", "Leicestershire County Council", "Scrutiny Commission")]
    // Case, ampersands and the paper's own words do not make another body.
    [InlineData("CABINET", "Kent County Council", "Cabinet")]
    [InlineData("Minutes of the Transport & Connectivity Policy Committee", "Bristol City Council", "Transport and Connectivity Policy Committee")]
    [InlineData("Special Meeting of the Planning Committee", null, "Planning Committee")]
    [InlineData("CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE", null, "Children and Families Overview and Scrutiny Committee")]
    [InlineData("Scrutiny Commission", null, "Scrutiny Commission")]
    [InlineData("SACRE Committee", null, "SACRE Committee")]
    // Another council's name is not this council's.
    [InlineData("Medway Council Cabinet", "Kent County Council", "Medway Council Cabinet")]
    public void A_body_has_one_name_within_its_council(string printed, string? council, string expected) =>
        Assert.Equal(expected, BodyNames.Normalise(printed, council));

    [Theory]
    [InlineData("Kent County Council", "County Council")]
    [InlineData("Milburn Parish Council", "Parish Council")]
    [InlineData("Township of Nipissing", "Township Council")]
    [InlineData("Cornwall Council", "Council")]
    [InlineData("West of England Combined Authority", "Council")]
    public void The_full_council_is_named_by_the_council_s_kind(string council, string body) =>
        Assert.Equal(body, BodyNames.FullCouncil(council));
}
