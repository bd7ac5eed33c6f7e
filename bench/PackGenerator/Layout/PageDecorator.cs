using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// What each layout prints outside the text area. A: the page number alone at the foot. B: "Page N" at the foot
/// (the front sheet is unnumbered), the body's name as a running header, and an "Agenda Item N" stamp at the top
/// right of the first page of each item.
/// </summary>
internal static class PageDecorator
{
    public static void Decorate(Canvas page, Meeting meeting, int? printed, bool front, int? stamp)
    {
        if (meeting.Style == PackStyle.A)
        {
            if (printed is { } n)
                page.Centred(n.ToString(), 40, 10);
            return;
        }
        if (printed is { } p)
            page.Centred($"Page {p}", 40, 10);
        if (front)
            return;
        page.Text(meeting.Body.Name, Canvas.Left, 790, 9, Face.Italic);
        if (stamp is { } item)
            page.RightAligned($"Agenda Item {item}", 810, 12, Face.Bold);
    }
}
