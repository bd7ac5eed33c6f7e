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
}
