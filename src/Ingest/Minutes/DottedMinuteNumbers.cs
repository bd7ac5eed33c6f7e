using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Minute numbers of the year-and-month form parish clerks type: "16.03.05 Traffic Calming Update",
/// "19.05.12 Finance", "21/04/3 Planning". The number is the last part (16.03.05 is minute 5). The
/// prefix is typed inconsistently ("16.03.2", "16.3.10", "6.3.14" for 16.3.14), so a line counts when
/// its prefix is the one most lines carry, read as numbers or with one digit dropped or added; a date
/// opening a line of a payments list ("12.03.19 Clerk's salary") carries another prefix and is left out.
/// Minutes may be printed out of order (apologies first), so the order is not checked.
/// </summary>
internal static partial class DottedMinuteNumbers
{
    public static List<MinuteHeading> Find(IReadOnlyList<PackLine> lines, int from)
    {
        var candidates = new List<(int Line, string Prefix, Match Match)>();
        for (var i = from; i < lines.Count; i++)
            if (Dotted().Match(lines[i].Text) is { Success: true } m && !MinuteHeadings.ReadsAsParagraph(lines, i, m.Groups["t"].Value))
                candidates.Add((i, m.Groups["p"].Value, m));
        if (candidates.Count == 0)
            return [];
        var usual = candidates.GroupBy(c => Key(c.Prefix)).OrderByDescending(g => g.Count()).First().Key;
        var found = new List<MinuteHeading>();
        var seen = new HashSet<int>();
        foreach (var (line, prefix, m) in candidates)
        {
            var number = int.Parse(m.Groups["n"].Value);
            if (!Alike(Key(prefix), usual) || !seen.Add(number))
                continue;
            var (title, count) = MinuteHeadings.Title(lines, line, m.Groups["t"].Value);
            found.Add(new MinuteHeading(line, number, title, count, m.Value[..(m.Groups["t"].Index - 1)].Trim()));
        }
        return found;
    }

    /// <summary>"16.03" and "16.3" are one prefix: the parts as numbers.</summary>
    private static string Key(string prefix) =>
        string.Join('.', prefix.Split('.', '/').Select(p => int.Parse(p).ToString()));

    /// <summary>The same prefix, or one with a digit dropped or added ("6.3" beside "16.3").</summary>
    private static bool Alike(string a, string b)
    {
        if (a == b)
            return true;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1)
            return false;
        return Enumerable.Range(0, longer.Length).Any(k => char.IsDigit(longer[k]) && longer.Remove(k, 1) == shorter);
    }

    [GeneratedRegex(@"^(?<p>\d{1,2}[./]\d{1,2})[./](?<n>\d{1,3})\s+(?<t>[A-Z(“""'‘].*)$")]
    private static partial Regex Dotted();
}
