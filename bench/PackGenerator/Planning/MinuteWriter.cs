using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>The text of one minute, by the kind of agenda item it records.</summary>
internal sealed class MinuteWriter(Prose prose, Meeting meeting, AgendaItem item, string labelFormat, (string Open, string Close) quote)
{
    private readonly List<Block> blocks = [];
    private readonly List<string> resolutions = [];
    private readonly List<Question> questions = [];
    private Body Body => meeting.Body;

    public Minute Write(int number)
    {
        var title = item.Kind switch
        {
            ItemKind.Minutes => Say("Minutes", $"The minutes of the meeting held on {Dates.Plain(meeting.PreviousDate)} were taken as read, confirmed and signed."),
            ItemKind.QuestionTime => QuestionTime(),
            ItemKind.MemberQuestions => MemberQuestions(),
            ItemKind.UrgentNotice => Say("Urgent Items", "There were no urgent items for consideration."),
            ItemKind.Declarations => Declarations(),
            ItemKind.PartyWhip => Say(item.Title, "There were no declarations of the party whip."),
            ItemKind.Petitions => Say(item.Title, "The Chief Executive reported that no petitions had been received under Standing Order 35."),
            ItemKind.Report => ReportMinute(),
            ItemKind.NextMeeting => NextMeeting(),
            _ => throw new InvalidOperationException($"no minute is written for {item.Kind}"),
        };
        return new Minute(number, title, item.Number, blocks, resolutions, questions, item.Kind == ItemKind.Report ? item.Number : null);
    }

    private string Say(string title, string text)
    {
        blocks.Add(Block.Para(text));
        return title;
    }

    private string QuestionTime()
    {
        var count = prose.Chance(55) ? prose.Random.Next(1, 3) : 0;
        if (count == 0)
            return Say("Question Time", "The Chief Executive reported that no questions had been received under Standing Order 34.");
        blocks.Add(Block.Para($"The following {(count == 1 ? "question" : "questions")}, received under Standing Order 34 of the County Council's Constitution, {(count == 1 ? "was" : "were")} put to the {Body.ChairTitle} of the {Body.Name}:"));
        for (var i = 0; i < count; i++)
        {
            var question = Ask("public", Resident());
            blocks.Add(Block.Head($"Question asked by {question.AskedBy}"));
            Quoted(question.Text);
            Reply(question);
        }
        return "Question Time";
    }

    private string MemberQuestions()
    {
        if (!prose.Chance(20))
            return Say(item.Title, "The Chief Executive reported that no questions had been received under Standing Order 7(3) and 7(5).");
        var member = prose.Pick(Body.Members.Skip(1).ToList());
        var question = Ask("member", member.Display);
        blocks.Add(Block.Para($"The Chief Executive reported that the following question had been received under Standing Order 7(3) and 7(5) from {member.Display}."));
        Quoted(question.Text);
        Reply(question);
        return item.Title;
    }

    private Question Ask(string kind, string askedBy)
    {
        var c = Context();
        var text = new List<string> { prose.Sentence(Phrases.PublicQuestion, c) + " " + prose.Paragraph(c, 1, 3, Phrases.Spoken) };
        for (var i = prose.Random.Next(0, 3); i > 0; i--)
            text.Add(prose.Paragraph(c, 2, 4, Phrases.Spoken));
        var reply = Enumerable.Range(0, prose.Random.Next(1, 5)).Select(_ => prose.Paragraph(c, 2, 5, Phrases.Spoken)).ToList();
        var question = new Question(kind, askedBy, Body.ChairTitle, text, reply);
        questions.Add(question);
        return question;
    }

    private void Quoted(IReadOnlyList<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var open = i == 0 ? "“" : "";
            var close = i == paragraphs.Count - 1 ? "”" : "";
            blocks.Add(Block.Para(open + paragraphs[i] + close));
        }
    }

    private void Reply(Question question)
    {
        blocks.Add(Block.Head($"Reply by the {question.AnsweredBy}"));
        blocks.AddRange(question.Reply.Select(Block.Para));
        if (prose.Chance(30))
        {
            blocks.Add(Block.Head("Supplementary question"));
            blocks.Add(Block.Para($"{question.AskedBy} asked a supplementary question about {prose.Pick(Context().Topic.Terms)}. The {Body.ChairTitle} undertook to provide a written response."));
        }
    }

    private string Declarations()
    {
        blocks.Add(Block.Para($"The {Body.ChairTitle} invited members who wished to do so to declare any interest in respect of items on the agenda for the meeting."));
        var report = meeting.Items.FirstOrDefault(i => i.Report is not null && prose.Chance(25));
        blocks.Add(Block.Para(report is null
            ? "No declarations were made."
            : $"{prose.Pick(Body.Members).Display} declared a personal interest in agenda item {report.Number} ({report.Title}) as a member of a district council."));
        return "Declarations of interest";
    }

    private string ReportMinute()
    {
        var report = item.Report!;
        var c = Context() with { Title = report.Title };
        blocks.Add(Block.Para($"The {Body.Short} considered a report of the {report.Department.Director} which {report.Summary}. " +
                              $"A copy of the report marked {quote.Open}Agenda Item {item.Number}{quote.Close} is filed with these minutes."));
        if (prose.Chance(40))
        {
            blocks.Add(Block.Para("Arising from discussion, the following points were made:"));
            var points = Phrases.Discussion.OrderBy(_ => prose.Random.Next()).Take(prose.Random.Next(2, 6)).ToList();
            for (var i = 0; i < points.Count; i++)
                blocks.Add(Block.Item($"({Roman(i + 1)})", prose.Fill(points[i], c)));
        }
        else
            blocks.Add(Block.Para(prose.Paragraph(c, 2, 2, Phrases.Discussion)));
        Resolved(report.Recommendations.Count > 1 && prose.Chance(50) ? AsRecommended(report) : Decided(c));
        return report.Title;
    }

    /// <summary>The body resolves as the report recommended: its lettered recommendations become the RESOLVED parts.</summary>
    private static List<string> AsRecommended(Report report) =>
        report.Recommendations.Select(r => "That " + r.TrimEnd(';', '.')).ToList();

    private List<string> Decided(ProseContext c)
    {
        var templates = Body.Kind == BodyKind.Regulatory ? Phrases.PlanningResolution : Phrases.Resolution;
        return templates.OrderBy(_ => prose.Random.Next()).Take(prose.Random.Next(1, 4)).Select(t => prose.Fill(t, c)).ToList();
    }

    private string NextMeeting()
    {
        var text = item.Note!.Replace("is scheduled to take place on", "be held on").Replace($"The next meeting of the {Body.Short}", $"That the next meeting of the {Body.Short}");
        Resolved([text]);
        return "Date of next meeting";
    }

    /// <summary>"RESOLVED:" then one paragraph (label "") or lettered parts a, b, c in this minutes' label style.</summary>
    private void Resolved(IReadOnlyList<string> parts)
    {
        blocks.Add(Block.Head("RESOLVED:"));
        if (parts.Count == 1)
        {
            blocks.Add(Block.Para(parts[0]));
            resolutions.Add("");
            return;
        }
        for (var i = 0; i < parts.Count; i++)
        {
            var letter = ((char)('a' + i)).ToString();
            var end = i == parts.Count - 1 ? "." : i == parts.Count - 2 ? "; and" : ";";
            blocks.Add(Block.Item(string.Format(labelFormat, letter), parts[i].TrimEnd('.') + end));
            resolutions.Add(letter);
        }
    }

    /// <summary>Prose about this item's report, or for standing items about one of the meeting's reports.</summary>
    private ProseContext Context()
    {
        var report = item.Report ?? prose.Pick(meeting.Items.Where(i => i.Report is not null).ToList()).Report!;
        return new ProseContext(report.Topic, Body, report.Department, meeting.Date);
    }

    private string Resident() => prose.Chance(50)
        ? $"{prose.Pick(["Mrs", "Ms", "Miss", "Dr"])} {prose.Pick(Names.Female)} {prose.Pick(Names.Surnames)}"
        : $"{prose.Pick(["Mr", "Dr"])} {prose.Pick(Names.Male)} {prose.Pick(Names.Surnames)}";

    private static string Roman(int n) => n switch { 1 => "i", 2 => "ii", 3 => "iii", 4 => "iv", 5 => "v", _ => n.ToString() };
}
