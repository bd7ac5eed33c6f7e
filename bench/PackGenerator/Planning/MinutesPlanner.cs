using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// Writes the minutes of a meeting from its agenda: one numbered minute per item (urgent business excepted), in
/// agenda order, numbers continuing from the body's previous minutes. A report's minute says "A copy of the report
/// marked 'Agenda Item N' is filed with these minutes" and ends with RESOLVED parts, which is what links a decision
/// back to the report in the earlier pack.
/// </summary>
internal sealed class MinutesPlanner(Prose prose, IReadOnlyList<Body> bodies)
{
    private static readonly string[] LabelFormats = ["{0})", "({0})", "{0}."];

    public Minutes Plan(Meeting meeting, int firstNumber)
    {
        var body = meeting.Body;
        var present = body.Members.Take(1).Concat(body.Members.Skip(1).Where(_ => prose.Chance(85))).ToList();
        var visitors = bodies.Where(b => b != body).SelectMany(b => b.Members).Where(m => !body.Members.Contains(m)).Distinct().ToList();
        var inAttendance = Enumerable.Range(0, prose.Random.Next(0, 3))
            .Select(_ => $"{prose.Pick(visitors).Display}, Lead Member for {prose.Pick(Topics.All).Name}")
            .Distinct().ToList();
        var labelFormat = prose.Pick(LabelFormats);
        var quote = meeting.Style == PackStyle.A ? ("'", "'") : ("‘", "’");
        var entries = new List<Minute>();
        foreach (var item in meeting.Items.Where(i => i.Kind != ItemKind.AnyOtherBusiness))
        {
            var writer = new MinuteWriter(prose, meeting, item, labelFormat, quote);
            entries.Add(writer.Write(firstNumber + entries.Count));
        }
        return new Minutes(body, meeting.Date, meeting.Venue, present, inAttendance, entries, Times(meeting.Time));
    }

    /// <summary>"10.00 am - 12.15 pm": the meeting's start and an end one to three hours later.</summary>
    private string Times(string start)
    {
        var parts = start.Split([' ', '.']);
        var minutes = (int.Parse(parts[0]) % 12 + (parts[2] == "pm" ? 12 : 0)) * 60 + int.Parse(parts[1]);
        var end = minutes + prose.Random.Next(4, 13) * 15;
        return $"{start} - {Clock(end)}";
    }

    private static string Clock(int minutes)
    {
        var h = minutes / 60 % 24;
        var shown = h % 12 == 0 ? 12 : h % 12;
        return $"{shown}.{minutes % 60:D2} {(h < 12 ? "am" : "pm")}";
    }
}
