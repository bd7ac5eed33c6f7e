using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// The paragraph number some minutes print before their decision ("25) RESOLVED that ...",
/// "4. RESOLVED that ..."). It is not part of the resolution; it tells where the decision ends:
/// at the next paragraph of the same sequence ("9)" after "8)"), set no further in than the
/// decision's own line, so a list inside the decision ("1.", "2.", set in) stays in it.
/// </summary>
internal static partial class NumberedParagraph
{
    /// <summary>The paragraph number opening <paramref name="text"/> and the text after it, if any.</summary>
    public static (string Number, string After)? Split(string text) =>
        Number().Match(text) is { Success: true } m ? (m.Groups["n"].Value + m.Groups["p"].Value, text[m.Length..]) : null;

    /// <summary>The line before which the paragraph numbered <paramref name="number"/> on line <paramref name="at"/> ends.</summary>
    public static int End(IReadOnlyList<PackLine> lines, int at, string number, int end)
    {
        var next = (int.Parse(number[..^1]) + 1).ToString() + number[^1];
        for (var k = at + 1; k < end; k++)
            if (lines[k].X <= lines[at].X + 1 && Split(lines[k].Text) is { } p && p.Number == next)
                return k;
        return end;
    }

    [GeneratedRegex(@"^\(?(?<n>\d{1,2})(?<p>[.)])\s+")]
    private static partial Regex Number();
}
