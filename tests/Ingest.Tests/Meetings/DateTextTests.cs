using AgendaSearch.Ingest.Meetings;

namespace AgendaSearch.Ingest.Tests.Meetings;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("Monday, 12 July 2021 at 10.00 am", "2021-07-12")]
    [InlineData("SCRUTINY COMMISSION – 12TH JULY 2021", "2021-07-12")]
    [InlineData("submitted to the Cabinet at its meeting on 11 th February 2022", "2022-02-11")]
    [InlineData("Tuesday, March 5, 2024, 7:00 p.m.", "2024-03-05")]
    [InlineData("held on 2024-05-14", "2024-05-14")]
    [InlineData("on the 1st of Sept 2023", "2023-09-01")]
    public void Finds_the_first_printed_date(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DateText.Find(text));

    [Theory]
    [InlineData("31 February 2021")]
    [InlineData("Item 12 July")]
    [InlineData("Standing Order 7(3) and 7(5)")]
    public void Finds_no_date_where_there_is_none(string text) =>
        Assert.Null(DateText.Find(text));

    [Theory]
    [InlineData("Monday, 12 July 2021 at 10.00 am", "10:00")]
    [InlineData("2.30pm", "14:30")]
    [InlineData("6:00 PM", "18:00")]
    [InlineData("12 noon", "12:00")]
    [InlineData("10am", "10:00")]
    [InlineData("18:45", "18:45")]
    public void Finds_the_time_as_hours_and_minutes(string text, string expected) =>
        Assert.Equal(expected, DateText.FindTime(text));

    [Fact]
    public void A_lone_date_line_is_recognised() =>
        Assert.True(DateText.IsDateOnly("09 June 2021") && !DateText.IsDateOnly("held on 9 June 2021"));
}
