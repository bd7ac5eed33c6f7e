using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Resolutions;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Resolutions;

public sealed class ResolutionParserTests
{
    private static readonly MeetingRef Meeting = new("Cabinet", new DateOnly(2024, 3, 5));

    private static IReadOnlyList<Resolution> Parse(string text) =>
        ResolutionParser.Parse(PackLines.Read(FixtureText.Parse("t", text)).Lines, 12, Meeting);

    [Fact]
    public void Splits_a_block_into_its_lettered_parts_tied_to_minute_and_meeting()
    {
        var found = Parse("""
            The Commission considered the report.
            RESOLVED:
                 a. That the update be noted;
                 b. That future annual reports include more detail on capital costs and
                    forecasted returns;
                 c. That the Director provide more detail.
            """);

        Assert.Equal(["a", "b", "c"], found.Select(r => r.Label));
        Assert.Equal("That future annual reports include more detail on capital costs and forecasted returns;", found[1].Text);
        Assert.All(found, r => Assert.Equal((12, Meeting), (r.Minute!.Value, r.Meeting!)));
    }

    [Fact]
    public void An_unsplit_block_is_one_resolution_with_an_empty_label()
    {
        var found = Parse("""
            RESOLVED:
            That Mrs R. Page CC be elected Vice-Chairman for the period ending with the Annual Meeting.
            """);

        Assert.Equal("", Assert.Single(found).Label);
        Assert.StartsWith("That Mrs R. Page CC", found[0].Text);
    }

    [Theory]
    [InlineData("RESOVLED:")]
    [InlineData("RESLOVED:")]
    [InlineData("RESOLVD:")]
    [InlineData("Resolved:")]
    [InlineData("RESOLVED –")]
    public void Reads_misspelt_and_differently_punctuated_markers(string marker)
    {
        var found = Parse(marker + "\nThat the report be noted.");

        Assert.Equal("That the report be noted.", Assert.Single(found).Text);
    }

    [Fact]
    public void Reads_a_resolution_inside_a_sentence()
    {
        var found = Parse("It was moved by Cllr Smith, seconded by Cllr Brown and RESOLVED that the budget be approved.");

        Assert.Equal("that the budget be approved.", Assert.Single(found).Text);
    }

    [Fact]
    public void A_preamble_applies_to_every_part_and_parts_may_be_bracketed()
    {
        var found = Parse("""
            It was RESOLVED that the Cabinet be advised:
            (a) that the forecast overspend be noted;
            (b) that the reserves position be noted.
            """);

        Assert.Equal(["a", "b"], found.Select(r => r.Label));
        Assert.Equal("that the Cabinet be advised: that the forecast overspend be noted;", found[0].Text);
    }

    [Fact]
    public void Roman_and_nested_lists_follow_the_first_label()
    {
        var found = Parse("""
            RESOLVED:
            (i) That the strategy be approved, subject to:
                a. the comments of the Commission;
                b. the views of the districts;
            (ii) That the Director report back in six months.
            """);

        Assert.Equal(["i", "ii"], found.Select(r => r.Label));
        Assert.Contains("the views of the districts", found[0].Text);
    }

    [Fact]
    public void Each_marker_starts_a_new_block()
    {
        var found = Parse("""
            RESOLVED that the minutes be approved.
            Members discussed the date of the next meeting.
            RESOLVED that the next meeting be held on 8 June.
            """);

        Assert.Equal(2, found.Count);
        Assert.Equal("that the next meeting be held on 8 June.", found[1].Text);
    }

    [Fact]
    public void Numbered_resolutions_keep_their_number_and_leave_out_mover_and_outcome()
    {
        var found = Parse("""
            Resolution No. R2024-206
            Moved by Deputy Mayor Lee
            Seconded by Councillor Roy
            THAT Council receive Report PW-2024-15 for information;
            AND THAT the contract be awarded to Smith Paving Ltd.
            CARRIED
            """);

        var only = Assert.Single(found);
        Assert.Equal("R2024-206", only.Number);
        Assert.Equal("THAT Council receive Report PW-2024-15 for information; AND THAT the contract be awarded to Smith Paving Ltd.", only.Text);
    }

    [Theory]
    [InlineData("The complaint was resolved within 10 working days.")]
    [InlineData("RESERVED MATTERS application for 40 dwellings")]
    [InlineData("Resolution of the outstanding issues is expected in May.")]
    public void Ordinary_text_is_not_a_resolution(string text) =>
        Assert.Empty(Parse(text));

    [Theory]
    [InlineData("AGREED:\nThat the report be noted.", "That the report be noted.")]
    [InlineData("AGREED that the report be noted.", "that the report be noted.")]
    [InlineData("AGREED – That the report be noted.", "That the report be noted.")]
    [InlineData("It was AGREED that the report be noted.", "that the report be noted.")]
    [InlineData("It was resolved that the report be noted.", "that the report be noted.")]
    [InlineData("It was unanimously resolved: That the report be noted.", "That the report be noted.")]
    [InlineData("DECISION:\nThat the report be noted.", "That the report be noted.")]
    [InlineData("Decision: That the report be noted.", "That the report be noted.")]
    [InlineData("DECIDED that the report be noted.", "that the report be noted.")]
    [InlineData("The report was presented.\nThe Committee agreed that the report be noted.", "that the report be noted.")]
    [InlineData("The Scrutiny Commission agreed to note the report.\n\nThe Chairman thanked the officers.", "to note the report.")]
    [InlineData("Members discussed the figures.\n\nIt was agreed that a working group be set up\nto review the charges.", "that a working group be set up to review the charges.")]
    [InlineData("Moved by Cllr Smith, seconded by Cllr Brown:\nThat the precept for 2024/25 be set at £20,000.\nMotion carried.", "That the precept for 2024/25 be set at £20,000.")]
    [InlineData("It was moved by Cllr Smith, seconded by Cllr Brown, that the budget be approved.\nThe motion was put to the vote and carried.", "that the budget be approved.")]
    [InlineData("Cllr Smith proposed and Cllr Brown seconded that the plan be adopted. Motion carried.", "that the plan be adopted.")]
    [InlineData("Cllr Smith moved that the plan\nbe adopted in full. The motion was carried unanimously.", "that the plan be adopted in full.")]
    public void Reads_decisions_councils_print_without_a_RESOLVED_block(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Parse(text)).Text);

    [Fact]
    public void A_decision_label_is_split_into_its_parts()
    {
        var found = Parse("""
            AGREED
            (a) That the report be noted;
            (b) That a further report be brought in June.
            """);

        Assert.Equal(["a", "b"], found.Select(r => r.Label));
        Assert.Equal("That a further report be brought in June.", found[1].Text);
    }

    [Fact]
    public void Agreement_in_discussion_is_no_extra_resolution_beside_a_RESOLVED_block()
    {
        var found = Parse("""
            The Committee agreed that the update had been helpful.
            RESOLVED: That the report be noted.
            """);

        Assert.Equal("That the report be noted.", Assert.Single(found).Text);
    }

    [Theory]
    [InlineData("Members agreed that the work of officers had been outstanding.")]
    [InlineData("The Director agreed that country parks were popular.")]
    [InlineData("Prior to the pandemic it was agreed that the bulletin\nwould be published monthly.")]
    [InlineData("The Committee agreed with the concerns raised by members.")]
    [InlineData("AGREED SYLLABUS FOR RELIGIOUS EDUCATION")]
    [InlineData("DECISION MAKING AND ACCOUNTABILITY")]
    [InlineData("Decisions on the capital programme would be taken in March.")]
    [InlineData("The Chairman said the decision was agreed by Cabinet.")]
    [InlineData("Motion carried.")]
    [InlineData("Balances carried forward to 2022/23 were noted.")]
    [InlineData("It was moved by Cllr Smith that the plan be adopted.\nThe motion was put to the vote and lost.")]
    [InlineData("The issue was resolved to the satisfaction of the complainant.")]
    public void Prose_about_agreement_and_votes_is_not_a_resolution(string text) =>
        Assert.Empty(Parse(text));

    [Theory]
    [InlineData("RESOLVED", true)]
    [InlineData("RESOVLED", true)]
    [InlineData("RESOLVD", true)]
    [InlineData("RESERVED", false)]
    [InlineData("RESOLUTE", false)]
    public void Recognises_the_word_and_its_misspellings(string word, bool expected) =>
        Assert.Equal(expected, ResolutionParser.IsResolvedWord(word));

    [Fact]
    public void A_paragraph_number_before_RESOLVED_is_no_label_and_the_next_paragraph_ends_the_decision()
    {
        var found = Parse("""
            4) Mr Smith proposed, and Mr Brown seconded the motion that
                 "This Council resolves to:
                 1. Ask the Leader to write to the Minister.
                 2. Scrap the scheme."
            5) Following the debate the motion was put to the vote.
                                                   Motion lost.
            7) Following the debate, the Chairman put the motion set out in paragraph 6 to the vote.
                                                   Motion carried.
            8) RESOLVED that the County Council resolves:
                 1. To support the farmers of the county.
                 2. To ask the Leader to write to the Chancellor.
            9) The Chairman proposed that the meeting be extended beyond 4.30pm and it was agreed unanimously.
            10) Ms Green proposed, and Mr Stone seconded the motion that
                 "County Council notes:
                 1. The Bill before Parliament;
                 2. Its second reading;
                 3. The support it has."
            """);

        Assert.Equal(["1", "2"], found.Select(r => r.Label));
        Assert.Equal("that the County Council resolves: To ask the Leader to write to the Chancellor.", found[1].Text);
    }

    [Fact]
    public void A_single_numbered_RESOLVED_paragraph_is_one_unlabelled_resolution()
    {
        var found = Parse("""
            24) Members discussed the report.
            25) RESOLVED that the Leader's report be noted.
            26) The Chairman thanked the Leader.
            """);

        Assert.Equal(("", "that the Leader's report be noted."), (Assert.Single(found).Label, found[0].Text));
    }
}
