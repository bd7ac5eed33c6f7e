using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// Decisions a minute records in words rather than under a marker, for minutes that print no
/// RESOLVED/AGREED block at all:
/// <list type="bullet">
/// <item>a paragraph opening "It was agreed that/to ..." or "The (Scrutiny) Committee agreed that/to
/// ..." (a committee, commission, cabinet, panel, board, council or forum: what a person agreed,
/// "The Director agreed that ...", is discussion);</item>
/// <item>a motion reported carried: "Moved by Cllr A, seconded by Cllr B: That ... / Motion carried",
/// or "It was moved by ... that ... The motion was put to the vote and carried". The resolution is
/// the motion's wording from its "moved"/"proposed" line to the carried line; a carried line with no
/// motion before it gives nothing rather than a guess, and a lost motion is no resolution.</item>
/// </list>
/// The wording must open a line (a paragraph or sentence start as printed), so "Prior to the pandemic
/// it was agreed that ..." in an answer to a question stays prose.
/// </summary>
internal static partial class DecisionWording
{
    public static List<List<(string Text, int Page)>> Blocks(IReadOnlyList<PackLine> lines)
    {
        // Each decision as the line it opens on, its wording there, the line it ends before, and the
        // wording a carried line prints before "carried".
        var found = new List<(int Line, string Wording, int End, string Tail)>();
        var searchedFrom = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (Agreed().Match(text) is { Success: true } agreed)
            {
                var rest = text[agreed.Length..].Trim();
                found.Add((i, rest, rest.EndsWith(':') ? lines.Count : ParagraphEnd(lines, i), ""));
                searchedFrom = i + 1;
            }
            else if (Carried().Match(text) is { Success: true } carried)
            {
                if (Motion(lines, searchedFrom, i, text[..carried.Index]) is { } motion)
                    found.Add(motion);
                searchedFrom = i + 1;
            }
        }

        var blocks = new List<List<(string Text, int Page)>>();
        for (var k = 0; k < found.Count; k++)
        {
            var (line, rest, end, tail) = found[k];
            var block = ResolutionParser.Block(lines, line, rest, k + 1 < found.Count ? Math.Min(end, found[k + 1].Line) : end);
            if (tail.Length > 0)
                block.Add((tail, lines[end].Page));
            if (block.Any(l => l.Text.Length > 0))
                blocks.Add(block);
        }
        return blocks;
    }

    private static int ParagraphEnd(IReadOnlyList<PackLine> lines, int at)
    {
        var end = at + 1;
        while (end < lines.Count && !lines[end].AfterBreak)
            end++;
        return end;
    }

    /// <summary>
    /// The motion carried on line <paramref name="carriedAt"/>, from the last line at or after
    /// <paramref name="from"/> that moves it; the carried line adds what it prints before "carried".
    /// </summary>
    private static (int Line, string Wording, int End, string Tail)? Motion(IReadOnlyList<PackLine> lines, int from, int carriedAt, string beforeCarried)
    {
        for (var m = carriedAt; m >= from; m--)
        {
            var text = m == carriedAt ? beforeCarried : lines[m].Text;
            var moved = Moved().Match(text);
            if (!moved.Success)
                continue;
            var wording = moved.Groups["that"].Success ? text[moved.Groups["that"].Index..].Trim() : "";
            return (m, wording, carriedAt, m < carriedAt ? beforeCarried.Trim() : "");
        }
        return null;
    }

    [GeneratedRegex(@"^(?:It\s+was|The\s+(?:[\w’'-]+\s+){0,5}?(?:Committee|Sub-Committee|Commission|Cabinet|Panel|Board|Council|Forum))\s+(?:therefore\s+|further\s+|unanimously\s+)?agreed\b\s*(?=that\b|to\b|:)")]
    private static partial Regex Agreed();

    /// <summary>
    /// "Motion carried", "The motion was put to the vote and carried", "the motion passed 3-0" (also
    /// misspelt "past" before its vote count), "CARRIED" on its own.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:the\s+)?(?:substantive\s+)?motion\s+(?:was\s+)?(?:put\s+to\s+the\s+vote\s+and\s+(?:was\s+)?)?(?:carried|passed)\b|\bmotion\s+past\s+\d+-\d+|^carried(?:\s+unanimously)?\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex Carried();

    /// <summary>A line that moves a motion ("moved", "proposed", "made a motion to ..."), with the wording when it follows on the line ("..., that the plan be adopted").</summary>
    [GeneratedRegex(@"\b(?:made\s+a\s+motion\s+(?<that>to\b.*)|(?:moved|proposed|made\s+a\s+motion)\b(?:.*?(?<that>\bthat\b.*))?)", RegexOptions.IgnoreCase)]
    private static partial Regex Moved();
}
