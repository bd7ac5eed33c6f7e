using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// The signature block that closes printed minutes: a time span ("10.30 - 11.38 am"), the date and
/// "CHAIRMAN" (or "Chair", "Mayor"), optionally "Signed".
/// </summary>
internal static partial class MinutesSignature
{
    /// <summary>Whether line <paramref name="i"/> is the "CHAIRMAN" line that ends the minutes.</summary>
    public static bool IsEnd(IReadOnlyList<PackLine> lines, int i)
    {
        if (!ChairLine().IsMatch(lines[i].Text))
            return false;
        for (var k = Math.Max(0, i - 3); k < i; k++)
            if (IsPart(lines[k].Text))
                return true;
        return false;
    }

    /// <summary>The index where the signature block ending at <paramref name="end"/> begins.</summary>
    public static int Start(IReadOnlyList<PackLine> lines, int end)
    {
        var start = end;
        while (start > 0 && end - start < 4 && IsPart(lines[start - 1].Text))
            start--;
        return start;
    }

    private static bool IsPart(string text) =>
        TimeSpan().IsMatch(text) || DateText.IsDateOnly(text) || Signed().IsMatch(text) || ChairLine().IsMatch(text);

    [GeneratedRegex(@"^(?:signed\s*:?\s*)?(?:chairman|chair|chairperson|chairwoman|mayor|presiding officer)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairLine();

    [GeneratedRegex(@"^\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|—|to)\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeSpan();

    [GeneratedRegex(@"^(?:signed|date)\s*[:.]?\s*(?:[._]{3,}.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Signed();
}
