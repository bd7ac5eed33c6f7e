using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Ingest.Tests.Records;

public sealed class SectionTitleTests
{
    [Theory]
    [InlineData("56.\n57.\n58.", "56. 57. 58.")]
    [InlineData("10.00 - 11.43 am\n31 January 2022", "10.00 - 11.43 am")]
    [InlineData("\n  Appendix A  \nThe scheme was consulted on.", "Appendix A")]
    public void A_section_is_titled_by_one_line(string text, string title)
    {
        Assert.Equal(title, SectionRecords.TitleOf(text));
        Assert.DoesNotContain('\n', SectionRecords.TitleOf(text));
    }
}
