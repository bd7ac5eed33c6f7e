using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Meetings;

/// <summary>
/// The meeting as a document's names give it: the PDF's metadata title ("Agenda Supplement for Cabinet,
/// 30/01/2025 10:00") for the body, its file name ("cabinet_2025-01-30_agenda.pdf") for the date, each
/// falling back on the other. The last resort when the printed text names no body or no date, since a
/// template's title can be years out of date.
/// </summary>
internal static partial class DocumentName
{
    public static MeetingRef? Read(string? title, string source)
    {
        var (titleBody, titleDate) = Parse(title);
        var (fileBody, fileDate) = Parse(FileWords(source));
        var body = titleBody ?? fileBody;
        // A template's title keeps the date of the meeting it was first written for, while its body stays right.
        var date = fileDate ?? titleDate;
        return body is null && date is null ? null : new MeetingRef(body ?? "", date);
    }

    private static (string? Body, DateOnly? Date) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, null);
        var date = DateText.Find(text) ?? NumericDate(text);
        string? body = null;
        foreach (var segment in Separator().Split(text))
            foreach (var piece in KindWord().Split(segment))
                if (BodyName().Match(piece.Trim()) is { Success: true } m)
                    body = Words.TitleCase(Regex.Replace(m.Value, @"\s+", " "));
        return (body, date);
    }

    /// <summary>A file name as words: "_" separates fields, "-" joins words (but stays inside an ISO date).</summary>
    private static string FileWords(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source).Replace("_", ", ");
        return Regex.Replace(name, @"(?<!\d)-|-(?!\d)", " ");
    }

    /// <summary>"30/01/2025" when the order of day and month is plain (one of them above 12), else none.</summary>
    private static DateOnly? NumericDate(string text)
    {
        var m = Numeric().Match(text);
        if (!m.Success)
            return null;
        int a = int.Parse(m.Groups["a"].Value), b = int.Parse(m.Groups["b"].Value), y = int.Parse(m.Groups["y"].Value);
        var (day, month) = a > 12 && b <= 12 ? (a, b) : b > 12 && a <= 12 ? (b, a) : (0, 0);
        return month > 0 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
    }

    [GeneratedRegex(@"[,;()|]|\s[-–—]\s|\s{2,}|\d[\d/.:-]*")]
    private static partial Regex Separator();

    /// <summary>Words that name the paper, not the body ("Agenda Supplement for Cabinet").</summary>
    [GeneratedRegex(@"\b(?:agenda|minutes|reports?|pack|supplement(?:ary)?|front\s*sheet|frontsheet|public|printed|for|meeting|summons|notice|item|template|draft|questions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    [GeneratedRegex(@"(?:\b[A-Za-z&'’]+\s+){0,5}?\b(?:committee|sub-committee|council|cabinet|board|commission|panel|executive|forum|authority|assembly|trust)(?:\s+of\s+[A-Za-z]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyName();

    [GeneratedRegex(@"\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex Numeric();
}
