using AgendaSearch.PackGenerator.Content;
using AgendaSearch.PackGenerator.Planning;

namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// Sets the minutes of the previous meeting: "Minutes of a meeting of the X held at ... on DATE.", PRESENT (one per
/// line in A, two columns in B), In attendance, then the numbered minutes ("54." and a bold title ending in a full
/// stop for standing items in A; "312." and "Title (Item 5)" in B), and the chairman's signing block.
/// </summary>
internal static class MinutesComposer
{
    public static List<Canvas> Compose(Meeting meeting, Minutes minutes)
    {
        var flow = new Flow();
        var writer = new BlockWriter(flow);
        writer.Write(Block.Para($"Minutes of a meeting of the {minutes.Body.Name} held at {minutes.Venue} on {Dates.Long(minutes.Date)}."));
        writer.Write(Block.Head("PRESENT"));
        var present = minutes.Present.Select((c, i) => i == 0 ? c.Display + " (in the Chair)" : c.Display).ToList();
        if (meeting.Style == PackStyle.A)
            foreach (var name in present)
                writer.Write(Block.Para(name));
        else
            for (var i = 0; i < present.Count; i += 2)
                flow.Row(11, new Cell(present[i], Canvas.Left, 220), new Cell(i + 1 < present.Count ? present[i + 1] : "", Canvas.Left + 230, 220));
        flow.Gap(8);
        if (minutes.InAttendance.Count > 0)
        {
            flow.Gap(8);
            writer.Write(Block.Head("In attendance"));
            foreach (var visitor in minutes.InAttendance)
                writer.Write(Block.Para(visitor));
        }
        foreach (var minute in minutes.Entries)
        {
            flow.Gap(6);
            flow.KeepRoom(11 * 1.3 * 4);
            var title = meeting.Style == PackStyle.A
                ? minute.Title + (minute.ReportFiled is null ? "." : "")
                : $"{minute.Title} (Item {minute.AgendaItem})";
            flow.Row(11, new Cell($"{minute.Number}.", Canvas.Left, 34, Face.Bold), new Cell(title, Canvas.Left + 34, Canvas.Right - Canvas.Left - 34, Face.Bold));
            flow.Gap(6);
            writer.Write(minute.Body);
        }
        flow.Gap(24);
        flow.KeepRoom(60);
        flow.Line(minutes.Times, 11);
        flow.Line("CHAIRMAN", 11, Face.Bold, align: Align.Right);
        flow.Line(Dates.Plain(minutes.Date), 11);
        return flow.Pages;
    }
}
