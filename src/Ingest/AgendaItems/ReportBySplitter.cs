using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.AgendaItems;

/// <summary>
/// Separates an agenda row's title from its "Report by" column when the two columns were read as one
/// line each: "2020/21 Provisional Revenue and Capital Director of" / "Outturn Corporate" / "Resources"
/// is "2020/21 Provisional Revenue and Capital Outturn" by "Director of Corporate Resources".
/// The column sits on the right, so each line ends with the next words of the author. Authors the pack
/// names in its "REPORT OF ..." lines are tried first; otherwise a job title is recognised by its words.
/// </summary>
internal static partial class ReportBySplitter
{
    public static (string Title, string? ReportBy) Split(IReadOnlyList<string> lines, IEnumerable<string> knownRoles)
    {
        if (StatedAuthor(lines) is (string stated, string by))
            return (stated, by);
        var words = lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (var role in knownRoles.OrderByDescending(r => r.Length))
            if (MatchKnown(words, Words.Tokens(role)) is int[] taken)
                return Assemble(words, taken, role);
        if (MatchGeneric(words) is (int[] cut, string found))
            return Assemble(words, cut, found);
        return (Join(words.Select(w => (IEnumerable<string>)w)), null);
    }

    /// <summary>
    /// Lists that print the author under the title instead of in a column ("Economic Recovery Update" /
    /// "Report of the Chief Executive"): the author line and any wrapped lines after it are the author.
    /// </summary>
    private static (string, string)? StatedAuthor(IReadOnlyList<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
            if (AuthorLine().Match(lines[i]) is { Success: true } m)
                return (string.Join(' ', lines.Take(i)).Trim(), string.Join(' ', [m.Groups["by"].Value, .. lines.Skip(i + 1)]).Trim());
        return null;
    }

    /// <summary>Whether a line under an agenda title names its author ("Report of the Chief Executive").</summary>
    public static bool IsAuthorLine(string text) => AuthorLine().IsMatch(text);

    [GeneratedRegex(@"^(?:joint\s+)?reports?\s+(?:of|by|from)\s+(?:the\s+)?(?<by>[A-Z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorLine();

    /// <summary>How many trailing words of each line belong to <paramref name="role"/>; null if they do not spell it.</summary>
    private static int[]? MatchKnown(List<string[]> lines, string[] role)
    {
        if (role.Length == 0)
            return null;
        var taken = new int[lines.Count];
        var pos = 0;
        for (var li = 0; li < lines.Count && pos < role.Length; li++)
        {
            var line = lines[li];
            for (var s = Math.Min(line.Length, role.Length - pos); s >= 0; s--)
            {
                if (s == 0 && li == 0)
                    return null;
                if (s == 0 || Same(line[^s..], role.AsSpan(pos, s)))
                {
                    taken[li] = s;
                    pos += s;
                    break;
                }
            }
        }
        var titleStart = lines[0][..^taken[0]];
        // A title cut after "and" or "-" is only believable when its next words follow on a later line
        // ("Highways Asset Management Policy and | Director of" / "Strategy | Environment").
        var titleGoesOn = Enumerable.Range(1, lines.Count - 1).Any(li => taken[li] < lines[li].Length);
        return pos == role.Length && titleStart.Length > 0 && (titleGoesOn || !Words.EndsOpen(string.Join(' ', titleStart))) ? taken : null;
    }

    private static (int[], string)? MatchGeneric(List<string[]> lines)
    {
        var start = RoleText.StartIn(lines[0]);
        // A column author starts with a capital ("Director of ..."); "which the Leader has decided" is prose.
        if (start < 0 || !char.IsUpper(lines[0][start][0]))
            return null;
        var taken = new int[lines.Count];
        taken[0] = lines[0].Length - start;
        var role = string.Join(' ', lines[0][start..]);
        for (var li = 1; li < lines.Count && RoleText.IsOpen(role); li++)
        {
            var line = lines[li];
            var s = 0;
            while (s < line.Length && PersonName.IsRoleWord(line[^(s + 1)]) && char.IsUpper(line[^(s + 1)][0]))
                s++;
            taken[li] = s;
            role += " " + string.Join(' ', line[^s..]);
        }
        return (taken, role);
    }

    private static bool Same(string[] words, ReadOnlySpan<string> role)
    {
        for (var i = 0; i < words.Length; i++)
            if (Words.Key(words[i]) != role[i])
                return false;
        return true;
    }

    private static (string, string?) Assemble(List<string[]> lines, int[] taken, string role)
    {
        var title = Join(lines.Select((l, i) => l.Take(l.Length - taken[i])));
        var by = Join(lines.Select((l, i) => l.Skip(l.Length - taken[i])));
        return (title, by.Length > 0 ? by : role);
    }

    private static string Join(IEnumerable<IEnumerable<string>> parts) =>
        string.Join(' ', parts.SelectMany(p => p)).Trim();
}
