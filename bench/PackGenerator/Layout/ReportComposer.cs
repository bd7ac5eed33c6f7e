using AgendaSearch.PackGenerator.Content;
using AgendaSearch.PackGenerator.Planning;

namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// Sets an officer report: the "BODY – DATE" header, "REPORT OF THE ...", the title in capitals (centred in
/// layout A, ranged left in B), the body text and "Officers to Contact" (one line of Tel/Email in A, one line
/// each in B), then each appendix from a new page.
/// </summary>
internal static class ReportComposer
{
    public static List<Canvas> Compose(Meeting meeting, Report report)
    {
        var flow = new Flow();
        var align = meeting.Style == PackStyle.A ? Align.Centre : Align.Left;
        flow.Line($"{meeting.Body.Name.ToUpperInvariant()} – {Dates.Header(meeting.Date, meeting.OrdinalDates)}", 12, Face.Bold, align: align);
        flow.Gap(8);
        flow.Line($"REPORT OF THE {report.Department.Director.ToUpperInvariant()}", 12, Face.Bold, align: align);
        flow.Gap(8);
        flow.Line(report.Title.ToUpperInvariant(), 12, Face.Bold, align: align);
        flow.Gap(12);
        var writer = new BlockWriter(flow);
        writer.Write(report.Body);
        writer.Write(Block.Head("Officers to Contact"));
        foreach (var officer in report.Contacts)
            writer.Write(Block.Para(meeting.Style == PackStyle.A
                ? $"{officer.Name}, {officer.Role}\nTel: {officer.Phone} Email: {officer.Email}"
                : $"{officer.Name}, {officer.Role}, {officer.Department}\nTel: {officer.Phone}\nEmail: {officer.Email}"));
        foreach (var appendix in report.Appendices)
        {
            flow.NewPage();
            flow.Line($"APPENDIX {appendix.Letter}", 12, Face.Bold);
            flow.Line(appendix.Title, 12, Face.Bold);
            flow.Gap(10);
            writer.Write(appendix.Body);
        }
        return flow.Pages;
    }
}
