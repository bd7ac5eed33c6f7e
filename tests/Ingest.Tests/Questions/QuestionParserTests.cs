using AgendaSearch.Ingest.Questions;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Questions;

public sealed class QuestionParserTests
{
    private const string Kind = "Questions";

    private static IReadOnlyList<Question> Parse(string name, int? minute = null, string? context = null) =>
        QuestionParser.Parse(FixtureText.Lines(Kind, name), minute, context);

    [Theory]
    [InlineData("question-paper-answers.txt")]
    [InlineData("question-by-to.txt")]
    [InlineData("members-questions-received.txt")]
    [InlineData("public-question-time.txt")]
    [InlineData("public-forum-minutes-list.txt")]
    [InlineData("public-forum-minutes-table.txt")]
    [InlineData("public-questions-spoken.txt")]
    [InlineData("members-questions-office-line.txt")]
    public void Fixture_parses_to_the_expected_questions(string name) =>
        FixtureCase.Check(Kind, name, n => Parse(n));

    [Fact]
    public void Reads_a_question_paper_with_from_to_and_answer_blocks()
    {
        var found = Parse("question-paper-answers.txt");

        Assert.Equal(2, found.Count);
        var first = found[0];
        Assert.Equal(("member", "Councillor Jane Smith (Epsom West)", "Councillor Tim Oliver, Leader of the Council"), (first.Kind, first.AskedBy, first.To));
        Assert.Equal("Tim Oliver", first.AnsweredBy);
        Assert.StartsWith("Will the Leader confirm how many children", first.Text);
        Assert.StartsWith("As at 30 April 2024, 412 children", first.Reply);
        Assert.StartsWith("Councillor Smith asked whether", first.Supplementary);
        Assert.Null(found[1].Supplementary);
    }

    [Fact]
    public void Reads_question_by_x_to_y_cabinet_member_for_z()
    {
        var found = Parse("question-by-to.txt");

        Assert.Equal(["Mr Paul Jones", "Ms Ruth Adams"], found.Select(q => q.AskedBy));
        Assert.All(found, q => Assert.Equal("public", q.Kind));
        Assert.Equal("Mrs Clair Bell, Cabinet Member for Adult Social Care and Public Health", found[0].To);
        Assert.Equal("Clair Bell", found[0].AnsweredBy);
        Assert.Equal("Can the Cabinet Member explain why the day centre in Northfleet is to close before a new service is available?", found[0].Text);
        Assert.StartsWith("Mr Jones asked when families would be told", found[0].Supplementary);
    }

    [Fact]
    public void Reads_members_questions_announced_as_received_from_a_member()
    {
        var question = Assert.Single(Parse("members-questions-received.txt", 6, "Questions asked by members under Standing Order 7(3) and 7(5)"));

        Assert.Equal(("member", 6, "Mr. M. Hunt CC", "Chairman"), (question.Kind, question.Minute, question.AskedBy, question.AnsweredBy));
        Assert.StartsWith("1. When, and how, do officers expect", question.Text);
        Assert.EndsWith("in a different form?", question.Text);
        Assert.StartsWith("1. The Scrutiny Commission will receive", question.Reply);
        Assert.StartsWith("Mr Hunt CC asked on the response to question 2", question.Supplementary);
    }

    [Fact]
    public void A_sentence_that_wraps_onto_supplementary_is_not_a_supplementary_question()
    {
        var question = Assert.Single(Parse("public-question-time.txt", 5, "Question Time"));

        Assert.Equal(("public", "Mrs Sharon Scott"), (question.Kind, question.AskedBy));
        Assert.Null(question.Supplementary);
        Assert.EndsWith("chosen not to join the meeting.", question.Reply);
    }

    [Fact]
    public void Minutes_listing_questions_as_number_name_and_subject_give_one_question_a_line()
    {
        var found = Parse("public-forum-minutes-list.txt", 6, "Public Forum");

        Assert.Equal(["Nigel Bryant", "Chris Whitfield", "David Redgewell", "Cllr Shona Jemphrey", "Ian Beckey"], found.Select(q => q.AskedBy));
        Assert.All(found, q => Assert.Equal(("public", 6), (q.Kind, q.Minute)));
        Assert.Equal("Noise Levels on Anchor Road", found[0].Text);
        Assert.Equal("Bus Services", found[2].Text);
        Assert.Equal("Public Transport", found[4].Text);
    }

    [Fact]
    public void Numbered_statements_and_what_a_councillor_said_under_a_later_minute_are_not_questions()
    {
        var found = Parse("public-forum-minutes-list.txt");

        Assert.Equal(5, found.Count);
        Assert.DoesNotContain(found, q => q.AskedBy.Contains("Weston") || q.AskedBy.Contains("Wilcox"));
    }

    [Fact]
    public void A_ruled_questions_table_gives_one_question_a_row_and_the_statements_table_none()
    {
        var found = Parse("public-forum-minutes-table.txt");

        Assert.Equal(["Melissa Topping", "John Northam", "Caroline Dunn", "David Redgewell", "Dan Ackroyd"], found.Select(q => q.AskedBy));
        Assert.Equal("Accessibility – East Bristol liveable neighbourhood", found[2].Text);
        Assert.Equal("Transport issues", found[3].Text);
        Assert.StartsWith("Public interest (agenda item 14", found[4].Text);
        Assert.All(found, q => Assert.Equal("public", q.Kind));
    }

    [Fact]
    public void Follow_up_notes_on_listed_questions_are_not_new_questions()
    {
        var found = Parse("public-forum-minutes-table.txt");

        Assert.Single(found, q => q.AskedBy == "Melissa Topping");
        Assert.DoesNotContain(found, q => q.Text.StartsWith("In response"));
    }

    [Fact]
    public void Public_questions_recorded_as_what_people_said_end_at_the_first_minute()
    {
        var found = Parse("public-questions-spoken.txt");

        Assert.Equal(["Zoe Toft", "A local resident"], found.Select(q => q.AskedBy));
        Assert.All(found, q => Assert.Equal("public", q.Kind));
        Assert.StartsWith("Zoe Toft spoke regarding the application", found[0].Text);
        Assert.EndsWith("responsible for this service.", found[1].Text);
    }

    [Fact]
    public void The_office_of_the_member_asked_is_not_read_as_the_question()
    {
        var found = Parse("members-questions-office-line.txt");

        Assert.Equal([("member", "Cllr Jane Smith"), ("member", "Cllr Raj Patel")], found.Select(q => (q.Kind, q.AskedBy)));
        Assert.Equal("Cabinet Member for Highways and Transport", found[0].To);
        Assert.StartsWith("Will the Cabinet Member say", found[0].Text);
        Assert.StartsWith("Leader of the Council elections aside", found[1].Text);
        Assert.Equal("The consultation opens on 1 November.", found[1].Reply);
    }
}
