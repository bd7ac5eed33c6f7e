using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// Draws up the agenda of one meeting: the standing items the body's kind has (Question Time, declarations, the
/// party whip for scrutiny bodies, petitions), two to six reports on topics in the body's remit, the date of the
/// next meeting and urgent business. Item 1 is always the minutes of the previous meeting.
/// </summary>
internal sealed class MeetingPlanner(Prose prose, IReadOnlyDictionary<string, Department> departments)
{
    public Meeting Plan(MeetingSlot slot)
    {
        var body = slot.Body;
        var chair = body.ChairTitle;
        var items = new List<AgendaItem>();
        void Add(ItemKind kind, string title, Report? report = null, string? note = null) =>
            items.Add(new AgendaItem(items.Count + 1, kind, title, report, note));

        Add(ItemKind.Minutes, $"Minutes of the meeting held on {Dates.Ordinal(slot.Previous)}");
        if (body.Kind != BodyKind.Regulatory)
            Add(ItemKind.QuestionTime, "Question Time");
        if (body.Kind == BodyKind.Scrutiny)
            Add(ItemKind.MemberQuestions, "Questions asked by members under Standing Order 7(3) and 7(5)");
        Add(ItemKind.UrgentNotice, $"To advise of any other items which the {chair} has decided to take as urgent elsewhere on the agenda");
        Add(ItemKind.Declarations, "Declarations of interest in respect of items on the agenda");
        if (body.Kind == BodyKind.Scrutiny)
            Add(ItemKind.PartyWhip, "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16");
        if (body.Kind is BodyKind.Scrutiny or BodyKind.Executive)
            Add(ItemKind.Petitions, "Presentation of Petitions under Standing Order 35");

        var topics = Bodies.TopicsFor(body);
        var reports = new ReportPlanner(prose);
        var (fewest, most) = body.Kind == BodyKind.Regulatory ? (2, 4) : (3, 7);
        var count = prose.Random.Next(fewest, most + 1);
        var titles = new HashSet<string>();
        // Distinct topics while they last: one meeting rarely takes two reports on the same subject.
        var order = topics.OrderBy(_ => prose.Random.Next()).ToList();
        for (var i = 0; i < count; i++)
        {
            var topic = order[i % order.Count];
            var report = reports.Plan(topic, body, departments[topic.DepartmentKey], slot.Date);
            if (!titles.Add(report.Title))
                continue;
            Add(ItemKind.Report, report.Title, report, prose.Chance(30) ? LeadMemberNote(body, topic) : null);
        }
        Add(ItemKind.NextMeeting, "Date of next meeting",
            note: $"The next meeting of the {body.Short} is scheduled to take place on {Dates.Long(slot.Next)} at {slot.Time}.");
        Add(ItemKind.AnyOtherBusiness, $"Any other items which the {chair} has decided to take as urgent");

        return new Meeting(body, slot.Date, slot.Previous, slot.Time, slot.Venue, slot.Contact, items, null, null,
            slot.Style, prose.Chance(50), prose.Chance(50));
    }

    private string LeadMemberNote(Body body, Topic topic)
    {
        var member = prose.Pick(body.Members.Skip(1).ToList());
        return $"{member.Display}, Lead Member for {topic.Name}, has been invited to attend the meeting for this item.";
    }
}
