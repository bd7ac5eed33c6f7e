using AgendaSearch.PackGenerator.Content;
using AgendaSearch.PackGenerator.Layout;
using AgendaSearch.PackGenerator.Output.Truth;

namespace AgendaSearch.PackGenerator.Output;

/// <summary>Derives the ground truth of a pack from its plan and layout; nothing is read back from the PDF.</summary>
internal static class TruthBuilder
{
    public static PackTruth Build(Meeting meeting, ComposedPack pack)
    {
        var minutes = meeting.PreviousMinutes!;
        var items = meeting.Items.Select(item =>
        {
            var has = pack.ItemPages.TryGetValue(item.Number, out var range);
            return new ItemTruth(
                item.Number,
                item.Title,
                item.ReportBy,
                has ? [pack.Printed[range.First - 1]!.Value, pack.Printed[range.Last - 1]!.Value] : null,
                has ? [range.First, range.Last] : null,
                item.Report?.Contacts.Select(o => o.Name).ToList(),
                has && meeting.Style == PackStyle.B);
        }).ToList();
        var entries = minutes.Entries
            .Select(m => new MinuteTruth(m.Number, m.Title, m.Resolutions, m.AgendaItem, m.ReportFiled))
            .ToList();
        var questions = minutes.Entries
            .SelectMany(m => m.Questions.Select(q => new QuestionTruth(q.Kind, m.Number, q.AskedBy, q.AnsweredBy, StartsWith(q.Text[0]))))
            .ToList();
        return new PackTruth(
            meeting.FileStem + ".pdf",
            meeting.Style.ToString(),
            pack.Pages.Count,
            pack.FrontPages,
            pack.Printed,
            new MeetingTruth(meeting.Body.Name, Iso(meeting.Date), meeting.Time, meeting.Venue),
            meeting.Body.Members.Select(c => c.Name).ToList(),
            items,
            new MinutesTruth(new MeetingTruth(minutes.Body.Name, Iso(minutes.Date)), 1,
                minutes.Present.Select(c => c.Name).ToList(), minutes.Present[0].Name, entries),
            questions,
            meeting.PreviousFile);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first eight words of the question, as the gold files' "startsWith".</summary>
    private static string StartsWith(string text) => string.Join(' ', text.Split(' ').Take(8));
}
