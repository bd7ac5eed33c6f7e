using AgendaSearch.Records;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Index.Tests.Records;

public sealed class OfficerNamesTests
{
    [Theory]
    [InlineData("Mr C Tambini", "C Tambini")]
    [InlineData("Chris Tambini, Director of Corporate Resources", "Chris Tambini")]
    [InlineData("Mr. M. Hunt CC", "M. Hunt")]
    [InlineData("Dr  Jane   Smith", "Jane Smith")]
    [InlineData("Mrs Sharon Scott", "Sharon Scott")]
    [InlineData("Councillor Mrs Ann Other", "Ann Other")]
    [InlineData("Chairman", "Chairman")]
    public void Titles_roles_and_letters_are_dropped(string printed, string expected) =>
        Assert.Equal(expected, OfficerNames.Normalise(printed));

    [Fact]
    public void The_fullest_form_wins()
    {
        var names = new OfficerNames(
            [new Officer("Chris Tambini", ["Mr C. Tambini"], [])],
            ["David Scott", "Sharon Scott", "Declan Keegan", "D Keegan"]);

        Assert.Equal("Chris Tambini", names.Resolve("Mr C. Tambini"));
        Assert.Equal("Chris Tambini", names.Resolve("C Tambini"));
        Assert.Equal("Chris Tambini", names.Resolve("Tambini"));
        Assert.Equal("Declan Keegan", names.Resolve("Mr D. Keegan"));
        Assert.Equal("David Scott", names.Resolve("Mr D Scott"));
        Assert.Equal("Scott", names.Resolve("Mr Scott"));
        Assert.Equal("Zafar Saleem", names.Resolve("Zafar Saleem"));
    }
}
