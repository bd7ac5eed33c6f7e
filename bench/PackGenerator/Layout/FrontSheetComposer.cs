using AgendaSearch.PackGenerator.Content;
using AgendaSearch.PackGenerator.Planning;

namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// Sets the agenda front sheet. A (as the seed packs): "Meeting:", "Date/Time:", "Location:", "Contact:" and
/// "Email:", Membership one per line, then the AGENDA table of item, title, report by and "(Pages x - y)". B: the
/// body's name as a title, "Date:", "Time:", "Location:", Membership as one paragraph, bold item titles with
/// "Report of the ..." beneath, and a "Contact details" block at the end. The pages column never wraps, so the
/// sheet's length does not depend on the numbers printed in it.
/// </summary>
internal static class FrontSheetComposer
{
    private const double Size = 11;
    private const double PagesX = 418;

    public static List<Canvas> Compose(Meeting meeting, Func<AgendaItem, string> pages)
    {
        var flow = new Flow();
        var a = meeting.Style == PackStyle.A;
        var venue = Capitalised(meeting.Venue);
        if (!a)
        {
            flow.Line(meeting.Body.Name, 16, Face.Bold, align: Align.Centre);
            flow.Gap(14);
        }
        var details = a
            ? new[] { ("Meeting:", meeting.Body.Name), ("Date/Time:", $"{Dates.Long(meeting.Date)} at {meeting.Time}"), ("Location:", venue),
                      ("Contact:", $"{meeting.Contact.Name} (Tel: {meeting.Contact.Phone})"), ("Email:", meeting.Contact.Email) }
            : [("Date:", Dates.Long(meeting.Date)), ("Time:", meeting.Time), ("Location:", venue)];
        foreach (var (label, value) in details)
        {
            flow.Row(Size, new Cell(label, Canvas.Left, 80, Face.Bold), new Cell(value, Canvas.Left + 84, Canvas.Right - Canvas.Left - 84));
            flow.Gap(4);
        }
        flow.Gap(10);
        flow.Line("Membership", Size, Face.Bold);
        flow.Gap(4);
        var members = meeting.Body.Members.Select((c, i) => i == 0 ? $"{c.Display} ({meeting.Body.ChairTitle})" : c.Display).ToList();
        if (a)
            foreach (var member in members)
                flow.Line(member, Size);
        else
            flow.Line(string.Join(", ", members), Size);
        flow.Gap(10);
        flow.Line($"Please note: this meeting will be filmed for live or subsequent broadcast via the Council's web site at https://www.{Names.MailDomain} – Notices will be on display at the meeting explaining the arrangements.", 10, Face.Italic);
        flow.Gap(16);
        flow.Line("AGENDA", 13, Face.Bold, align: Align.Centre);
        flow.Gap(8);
        if (a)
            flow.Row(Size, new Cell("Item", Canvas.Left, 60, Face.Bold), new Cell("Report by", 340, 75, Face.Bold));
        foreach (var item in meeting.Items)
        {
            flow.Gap(6);
            if (a)
                flow.Row(Size, new Cell($"{item.Number}.", Canvas.Left, 26), new Cell(item.Title, Canvas.Left + 28, 236),
                    new Cell(item.ReportBy ?? "", 340, 75), new Cell(pages(item), PagesX, Canvas.Right - PagesX, Align: Align.Right));
            else
            {
                flow.Row(Size, new Cell($"{item.Number}.", Canvas.Left, 26, Face.Bold), new Cell(item.Title, Canvas.Left + 28, PagesX - Canvas.Left - 36, Face.Bold),
                    new Cell(pages(item), PagesX, Canvas.Right - PagesX, Align: Align.Right));
                if (item.ReportBy is { } by)
                    flow.Line($"Report of the {by}", Size, indent: 28);
            }
            if (item.Note is { } note)
            {
                flow.Gap(3);
                flow.Line(note, 10, Face.Italic, indent: 28);
            }
        }
        if (!a)
        {
            flow.Gap(24);
            flow.KeepRoom(70);
            flow.Line("Contact details", Size, Face.Bold);
            flow.Line($"{meeting.Contact.Name}, {meeting.Contact.Role}\nTel: {meeting.Contact.Phone}\nEmail: {meeting.Contact.Email}", Size);
        }
        return flow.Pages;
    }

    private static string Capitalised(string venue) =>
        venue.StartsWith("the ", StringComparison.Ordinal) ? char.ToUpperInvariant(venue[4]) + venue[5..] : venue;
}
