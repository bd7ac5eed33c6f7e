using AgendaSearch.Records;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Questions;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// Records for minutes, their resolutions and questions. Unnumbered minutes (councils that do
/// not number them) are keyed by their position, "minute-1", "minute-2" ..., with no MinuteNumber.
/// </summary>
internal static class MinuteRecords
{
    public static IEnumerable<SearchRecord> Build(RecordContext context, MinutesRecord minutes, string meetingId)
    {
        var of = minutes.OfMeeting;
        for (var i = 0; i < minutes.Entries.Count; i++)
        {
            var entry = minutes.Entries[i];
            var minuteId = RecordIds.Minute(meetingId, entry.Number ?? i + 1);
            var text = entry.Text is { Length: > 0 } printed ? printed : entry.Title;
            yield return context.Record(minuteId, RecordKind.Minute, of.Body, of.Date, meetingId) with
            {
                Title = entry.Title,
                Text = text,
                MinuteNumber = entry.Number,
                ItemNumber = entry.ItemReference,
                Pages = entry.Pages,
                PageStarts = context.Pages.Starts(text, entry.Pages),
                Extra = RecordContext.Extra(("printedUnderItem", minutes.AgendaItem?.ToString())),
            };

            foreach (var resolution in entry.Resolutions)
            {
                yield return Resolution(context, entry, resolution, minuteId, meetingId, of.Body, of.Date);
            }
        }
    }

    /// <summary>
    /// Questions, numbered 1, 2 ... under their parent (the minute they were recorded under, or
    /// the meeting). <paramref name="meetingOf"/> gives a question's body, date and meeting id.
    /// </summary>
    public static IEnumerable<SearchRecord> Questions(
        RecordContext context,
        IReadOnlyList<Question> questions,
        Func<Question, (string Body, DateOnly? Date, string MeetingId)> meetingOf)
    {
        var perParent = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var (body, date, meetingId) = meetingOf(question);
            var parentId = question.Minute is { } minute && context.Pack.Minutes is not null
                ? RecordIds.Minute(meetingId, minute)
                : meetingId;
            var number = perParent[parentId] = perParent.GetValueOrDefault(parentId) + 1;
            var askedBy = OfficerNames.Normalise(question.AskedBy);
            var text = string.Join("\n\n", new[]
            {
                question.Text,
                question.Reply is { Length: > 0 } reply ? "Reply: " + reply : null,
                question.Supplementary is { Length: > 0 } supplementary ? "Supplementary: " + supplementary : null,
            }.Where(s => s is not null));
            yield return context.Record(RecordIds.Question(parentId, number), RecordKind.Question, body, date, meetingId) with
            {
                Title = question.To is { Length: > 0 } to ? $"Question from {askedBy} to {to}" : $"Question from {askedBy}",
                Text = text,
                AskedBy = askedBy,
                AnsweredBy = question.AnsweredBy is { } answeredBy ? context.Officers.Resolve(answeredBy) : null,
                MinuteNumber = question.Minute,
                ParentId = parentId == meetingId ? null : parentId,
                Pages = question.Pages,
                PageStarts = context.Pages.Starts(text, question.Pages),
                Extra = RecordContext.Extra(
                    ("kind", question.Kind),
                    ("to", question.To),
                    (RecordExtras.AskedByAsPrinted, question.AskedBy == askedBy ? null : question.AskedBy)),
            };
        }
    }

    private static SearchRecord Resolution(
        RecordContext context, MinuteEntry entry, Ingest.Resolutions.Resolution resolution,
        string minuteId, string meetingId, string body, DateOnly? date)
    {
        var label = resolution.Label.Trim('(', ')', ' ', '.');
        return context.Record(RecordIds.Resolution(minuteId, label), RecordKind.Resolution, body, date, meetingId) with
        {
            Title = label.Length > 0 ? $"{entry.Title} \u2013 resolution ({label})" : $"{entry.Title} \u2013 resolution",
            Text = resolution.Text,
            MinuteNumber = entry.Number,
            ResolutionLabel = resolution.Label,
            ParentId = minuteId,
            Pages = resolution.Pages,
            PageStarts = context.Pages.Starts(resolution.Text, resolution.Pages),
            Extra = RecordContext.Extra(("number", resolution.Number)),
        };
    }
}
