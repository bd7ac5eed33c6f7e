using System.Globalization;
using AgendaSearch.Records;

namespace AgendaSearch.SearchApi.Citations;

/// <summary>
/// A reference a person can paste: body, meeting date, where in the meeting (agenda item, minute,
/// resolution), the title, and the pack and page it is printed on:
/// <c>Scrutiny Commission, 31 January 2022, minute 61, resolution (b): "Provisional Medium Term
/// Financial Strategy 2022/23 - 2025/26". Pack scrutiny-commission-2022-03-09-agenda-pack, p. 10.</c>
/// The page adds the citation URL after it.
/// </summary>
internal static class CitationText
{
    /// <summary>RecordBuilder titles a resolution "{minute title} – resolution (b)"; the locator already says so.</summary>
    private const string ResolutionSuffix = " \u2013 resolution";

    public static string Of(SearchRecord record)
    {
        var date = record.MeetingDate is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "undated meeting";
        var parts = new List<string> { record.Body, date };
        parts.AddRange(Locator(record));
        var title = record.Type == RecordKind.Resolution && record.Title.LastIndexOf(ResolutionSuffix, StringComparison.Ordinal) is > 0 and var cut
            ? record.Title[..cut]
            : record.Title;
        var pages = record.Pages.Length switch
        {
            0 => "",
            _ when record.Pages[0] == record.Pages[^1] => $", p. {record.Pages[0]}",
            _ => $", pp. {record.Pages[0]}\u2013{record.Pages[^1]}",
        };
        return $"{string.Join(", ", parts)}: \"{title}\". Pack {record.PackId}{pages}.";
    }

    private static IEnumerable<string> Locator(SearchRecord record)
    {
        if (record.Type == RecordKind.Item && record.ItemNumber is { } item)
        {
            yield return $"agenda item {item}";
        }

        if (record.Type is RecordKind.Minute or RecordKind.Resolution or RecordKind.Question && record.MinuteNumber is { } minute)
        {
            yield return $"minute {minute}";
        }

        if (record.Type == RecordKind.Resolution)
        {
            yield return record.ResolutionLabel?.Trim('(', ')', ' ', '.') is { Length: > 0 } label ? $"resolution ({label})" : "resolution";
        }

        if (record.Type == RecordKind.Question && record.AskedBy is { Length: > 0 } askedBy)
        {
            yield return $"question from {askedBy}";
        }
    }
}
