using AgendaSearch.Records;
using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Ingest.Tests.Records;

public sealed class HeadingRunsTests
{
    private static SearchRecord Record(RecordKind type, string title, string? askedBy = null) => new()
    {
        Id = title, Type = type, Body = "County Council", PackId = "pack", Title = title, Text = "", AskedBy = askedBy,
    };

    private static readonly SearchRecord[] Records =
    [
        Record(RecordKind.Minute, "Corporate Parenting Panel - Annual Report"),
        Record(RecordKind.Minute, "Local Transport Plan"),
        Record(RecordKind.Minute, "Defibrillators"),
        Record(RecordKind.Question, "Question from Katherine Martin", "Katherine Martin"),
        Record(RecordKind.Section, "Appendix A"),
    ];

    [Theory]
    [InlineData("277. Corporate Parenting Panel – Annual Report", "278. LOCAL TRANSPORT PLAN")]
    [InlineData("57 Defibrillators", "(Item 8)", "(Item 9)")]
    [InlineData("Question 18 - Katherine Martin", "Mayor’s Response:")]
    [InlineData("56.", "57.", "58.")]
    [InlineData("277. Corporate Parenting Panel - Annual Report", "278. Local Transport Plan", "279. Local Transport Plan", "280. Local Transport Plan", "10.00 - 11.43 am")]
    public void A_run_repeating_the_documents_headings_is_headings_only(params string[] lines) =>
        Assert.True(HeadingRuns.IsHeadingsOnly(lines, Records));

    [Theory]
    [InlineData("Appendix A", "The scheme was consulted on in the autumn.")]
    [InlineData("57 Defibrillators", "The committee agreed to fund two more defibrillators at the library.")]
    [InlineData("12. Draft Overview and Scrutiny Annual Report 2020/21")]
    [InlineData("63.", "64.", "10.00 - 11.43 am", "31 January 2022")]
    public void A_run_with_text_of_its_own_is_not(params string[] lines) =>
        Assert.False(HeadingRuns.IsHeadingsOnly(lines, Records));
}
