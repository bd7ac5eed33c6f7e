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
        string label = "";
        foreach (var line in lines)
        {
            if (Lettered().Match(line.Text) is { Success: true } file)
                label = file.Groups["l"].Value;
            foreach (Match m in OutcomeWord().Matches(line.Text))
                found.Add(new Resolution(label, line.Text[..m.Index].Trim(), [line.Page, line.Page], printed is null ? null : printed + label, minute, meeting));
        }
        if (found.Count > 0)
            return found;
        var text = string.Join(' ', lines.Select(l => l.Text));
        foreach (Match vote in Vote().Matches(text))
        {
            var sentence = text[..vote.Index];
            sentence = sentence[(sentence.LastIndexOf(". ", StringComparison.Ordinal) + 1)..].Trim();
            if (!Failed().IsMatch(sentence))
                found.Add(new Resolution("", sentence, [lines[0].Page, lines[^1].Page], printed, minute, meeting));
        }
        return found;
    }

    /// <summary>An outcome word after the title's closing full stop or quote, ending its clause.</summary>
    [GeneratedRegex(@"(?<=[.”""’)]\s+)(?:Accepted|Adopted|Approved|Introduced|Finally\s+[Pp]assed|Passed|Carried)(?=\s*(?:[.;,]|$))")]
    private static partial Regex OutcomeWord();

    [GeneratedRegex(@"^\(\*?\d{2}-\d{2,5}(?<l>[A-Z])\)")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"\bby\s+the\s+following\s+(?:roll\s+call\s+|voice\s+)?vote\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vote();

    [GeneratedRegex(@"\b(?:failed|lost|defeated|did\s+not\s+carry)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Failed();
}
