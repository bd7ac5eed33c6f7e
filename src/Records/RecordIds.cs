using System.Text;

namespace AgendaSearch.Records;

/// <summary>
/// The natural-key id scheme other parts depend on: colon-separated slugs, e.g.
/// "scrutiny-commission:2022-01-31" (meeting), "...:item-9", "...:minute-61",
/// "...:minute-61:resolution-b", "...:minute-55:question-1". A citation URL is "/r/" + id with
/// ':' replaced by '/', so no part may contain ':' or '/'.
/// A record of a known council starts with the council's slug
/// ("kent-county-council:cabinet:2025-01-30:item-3"), so two councils' committees of one name meeting on
/// one day stay apart; without a council the id is as it was before councils were kept.
/// </summary>
public static class RecordIds
{
    public const string Undated = "undated";

    public static string Meeting(string body, DateOnly? date) =>
        $"{Slug(body)}:{(date is { } d ? d.ToString("yyyy-MM-dd") : Undated)}";

    /// <summary>The meeting id of <paramref name="body"/> of <paramref name="council"/> (none: as <see cref="Meeting(string, DateOnly?)"/>).</summary>
    public static string Meeting(string? council, string body, DateOnly? date) =>
        CouncilPrefix(council) + Meeting(body, date);

    /// <summary>
    /// The id <paramref name="id"/> had before ids carried the council: without the council's slug in front.
    /// Citation URLs given out then still resolve through it.
    /// </summary>
    public static string WithoutCouncil(string id, string? council) =>
        CouncilPrefix(council) is { Length: > 0 } prefix && id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : id;

    private static string CouncilPrefix(string? council) =>
        string.IsNullOrWhiteSpace(council) || Slug(council) is not { Length: > 0 } slug ? "" : slug + ":";

    /// <summary>
    /// The meeting of a document whose body or date is unknown: the natural key would merge every such
    /// document ("unknown-body:undated"), so the document's own pack id keeps it apart.
    /// </summary>
    public static string MeetingInDocument(string body, DateOnly? date, string packId) =>
        $"{Meeting(body, date)}-{Slug(packId)}";

    /// <summary>Text of one document that no other record holds, keyed by the document and the page it starts on.</summary>
    public static string Section(string packId, int firstPage) => $"{Slug(packId)}:section-{firstPage}";

    /// <summary>As <see cref="MeetingInDocument(string, DateOnly?, string)"/>, under <paramref name="council"/>.</summary>
    public static string MeetingInDocument(string? council, string body, DateOnly? date, string packId) =>
        CouncilPrefix(council) + MeetingInDocument(body, date, packId);

    public static string Item(string meetingId, int number) => $"{meetingId}:item-{number}";

    public static string Minute(string meetingId, int number) => $"{meetingId}:minute-{number}";

    /// <summary>An unsplit RESOLVED block (label "") is "resolution".</summary>
    public static string Resolution(string minuteId, string label) =>
        Slug(label) is { Length: > 0 } slug ? $"{minuteId}:resolution-{slug}" : $"{minuteId}:resolution";

    /// <summary><paramref name="parentId"/> is the minute it was recorded under, or the meeting.</summary>
    public static string Question(string parentId, int number) => $"{parentId}:question-{number}";

    /// <summary>The path of a record's citation URL: "/r/" + this.</summary>
    public static string ToPath(string id) => id.Replace(':', '/');

    /// <summary>The id of a citation path ("scrutiny-commission/2022-01-31/minute-61").</summary>
    public static string FromPath(string path) => path.Trim('/').Replace('/', ':');

    /// <summary>
    /// Lower-case letters and digits, runs of anything else as one '-'; apostrophes vanish
    /// ("council's" -> "councils"). Accented letters are kept as they are ("ynys-môn"): the
    /// process runs with invariant globalization, where Unicode decomposition is not reliable.
    /// </summary>
    public static string Slug(string value)
    {
        var slug = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
