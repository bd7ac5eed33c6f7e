using System.Globalization;
using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Meetings;

/// <summary>
/// Dates and times as councils print them: "Monday, 12 July 2021", "12TH JULY 2021", "11 th February",
/// "March 5, 2024", "2024-03-05"; "10.00 am", "2pm", "18:30".
/// </summary>
internal static partial class DateText
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        var best = (Index: int.MaxValue, Date: (DateOnly?)null);
        foreach (var m in DayMonthYear().Matches(text).Cast<Match>())
            Consider(ref best, m.Index, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
        foreach (var m in MonthDayYear().Matches(text).Cast<Match>())
            Consider(ref best, m.Index, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
        foreach (var m in Iso().Matches(text).Cast<Match>())
            if (m.Index < best.Index && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
                best = (m.Index, iso);
        return best.Date;
    }

    /// <summary>Whether the line is nothing but a date (the signature block of minutes).</summary>
    public static bool IsDateOnly(string text)
    {
        var rest = DayMonthYear().Replace(text, "");
        rest = MonthDayYear().Replace(rest, "");
        return rest.Length < text.Length && rest.Trim(' ', ',', '.').Length == 0;
    }

    /// <summary>The first clock time as "HH:mm" ("10.00 am" to "10:00", "2.30pm" to "14:30").</summary>
    public static string? FindTime(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        foreach (var m in Clock().Matches(text).Cast<Match>())
        {
            var hour = int.Parse(m.Groups["h"].Value);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value) : 0;
            var half = m.Groups["ap"].Value.ToLowerInvariant();
            if (half.Length == 0 && !m.Groups["m"].Success)
                continue;
            if (half.StartsWith('p') && hour < 12)
                hour += 12;
            else if (half.StartsWith('a') && hour == 12)
                hour = 0;
            if (hour < 24 && minute < 60)
                return $"{hour:00}:{minute:00}";
        }
        return null;
    }

    private static void Consider(ref (int Index, DateOnly? Date) best, int index, string day, string month, string year)
    {
        if (index >= best.Index)
            return;
        var m = Array.IndexOf(Months, month.ToLowerInvariant()[..3]) + 1;
        var d = int.Parse(day);
        var y = int.Parse(year);
        if (m > 0 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            best = (index, new DateOnly(y, m, d));
    }

    private const string MonthName =
        "(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s?(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @"\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthName + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.:£$])(?<h>\d{1,2})(?:[.:](?<m>\d{2}))?(?![\d.:])\s*(?<ap>a\.?m\b\.?|p\.?m\b\.?|noon)?", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();
}
