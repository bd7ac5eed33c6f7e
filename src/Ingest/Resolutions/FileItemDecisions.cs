using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// Decisions on a US city's file-numbered item. The clerk prints the outcome as one word after the
/// item's title: "(*22-505) Recommendation to Approve Findings ... Accepted.", "(22-506) Resolution No.
/// 15948, “Appointing ...” Adopted;", "Introduced.", "Finally passed." Each such word is one decision,
/// labelled by the letter of the file it closes ("(22-506A)" gives "A"). An item with none may report
/// a vote in a sentence ("Council directed ... by the following roll call vote"), which is one decision
/// unless the motion failed. A speaker's remarks or a nomination carry neither and decide nothing.
/// </summary>
internal static partial class FileItemDecisions
{
    public static IReadOnlyList<Resolution> Parse(IReadOnlyList<PackLine> lines, int? minute, string? printed, MeetingRef? meeting)
    {
        var found = new List<Resolution>();
        var label = "";
        // The item's wording since the file number (or the last decision), which the outcome word closes.
        var wording = new List<(string Text, int Page)>();
        foreach (var line in lines)
        {
            var text = line.Text;
            if (FileNumber().Match(text) is { Success: true } file)
            {
                label = file.Groups["l"].Value;
                text = text[file.Length..].Trim();
                wording.Clear();
            }
            var from = 0;
            foreach (Match m in OutcomeWord().Matches(text))
            {
                wording.Add((text[from..m.Index].Trim(), line.Page));
                found.Add(new Resolution(label, Join(wording), [wording[0].Page, line.Page], printed is null ? null : printed + label, minute, meeting));
                wording.Clear();
                from = m.Index + m.Length;
            }
            if (text[from..].Trim(' ', '.', ';', ',') is { Length: > 0 } rest && !rest.StartsWith("and", StringComparison.Ordinal))
                wording.Add((rest, line.Page));
        }
        return found.Count > 0 ? found : Votes(lines, minute, printed, meeting);
    }

    /// <summary>Sentences reporting a vote that was not lost ("Council directed ... by the following roll call vote").</summary>
    private static List<Resolution> Votes(IReadOnlyList<PackLine> lines, int? minute, string? printed, MeetingRef? meeting)
    {
        var found = new List<Resolution>();
        var all = string.Join(' ', lines.Select(l => l.Text));
        foreach (Match vote in Vote().Matches(all))
        {
            var sentence = all[..vote.Index];
            sentence = sentence[(sentence.LastIndexOf(". ", StringComparison.Ordinal) + 1)..].Trim();
            if (!Failed().IsMatch(sentence))
                found.Add(new Resolution("", sentence, [lines[0].Page, lines[^1].Page], printed, minute, meeting));
        }
        return found;
    }

    /// <summary>An outcome word after the title's closing full stop or quote, ending its clause.</summary>
    [GeneratedRegex(@"(?<=[.”""’)]\s+)(?:Accepted|Adopted|Approved|Introduced|Finally\s+[Pp]assed|Passed|Carried)(?=\s*(?:[.;,]|$))")]
    private static partial Regex OutcomeWord();

    private static string Join(List<(string Text, int Page)> parts) =>
        Regex.Replace(string.Join(' ', parts.Select(p => p.Text)), @"\s+", " ").Trim();

    [GeneratedRegex(@"^\(\*?\d{2}-\d{2,5}(?<l>[A-Z])?\)")]
    private static partial Regex FileNumber();

    [GeneratedRegex(@"\bby\s+the\s+following\s+(?:roll\s+call\s+|voice\s+)?vote\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vote();

    [GeneratedRegex(@"\b(?:failed|lost|defeated|did\s+not\s+carry)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Failed();
}
