using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.AgendaItems;

/// <summary>
/// The page range an agenda prints for an item: "(Pages 5 - 14)", "(Page 7)", "Pages 127 150", and
/// "(Pages 145 -" with "162." wrapped onto the next line.
/// </summary>
internal static partial class StatedPages
{
    /// <summary>Joins a range whose last number wrapped onto the next line.</summary>
    public static List<string> JoinWrapped(IReadOnlyList<string> lines)
    {
        var joined = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Open().IsMatch(lines[i]) && i + 1 < lines.Count && BareNumber().IsMatch(lines[i + 1]))
            {
                joined.Add(lines[i] + " " + lines[i + 1]);
                i++;
            }
            else
                joined.Add(lines[i]);
        }
        return joined;
    }

    /// <summary>The range printed in <paramref name="text"/> and the text without it.</summary>
    public static (int[]? Pages, string Remainder) Take(string text)
    {
        var m = Range().Match(text);
        if (!m.Success)
            return (null, text);
        var from = int.Parse(m.Groups["a"].Value);
        var to = m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value.TrimEnd('.')) : from;
        var rest = (text[..m.Index] + " " + text[(m.Index + m.Length)..]).Trim();
        return (to >= from ? [from, to] : [from, from], rest);
    }

    public static bool IsOnly(string text) => Take(text) is { Pages: not null, Remainder.Length: 0 };

    [GeneratedRegex(@"\(?\bpages?\s+(?<a>\d{1,4})(?:\s*(?:-|–|—|to)\s*(?<b>\d{1,4})\.?|\s+(?<b>\d{1,4}))?\s*(?:-|–)?\s*\)?\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"\(?\bpages?\s+\d{1,4}\s*(?:-|–|—|to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Open();

    [GeneratedRegex(@"^\d{1,4}\.?\)?$")]
    private static partial Regex BareNumber();
}
