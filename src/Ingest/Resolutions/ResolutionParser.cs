using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// RESOLVED blocks in the text of one minute: "RESOLVED:" on its own line or leading a line, misspelt
/// ("RESOVLED"), inline ("It was moved ... and RESOLVED that", "It was resolved that"), a decision label
/// of councils that print another word ("AGREED", "AGREED that", "DECISION:", "Decided:"), or a
/// numbered resolution of North American minutes ("Resolution No. R2024-206" ... "THAT Council ...").
/// A block runs to the next block or the end of the minute, and is split into its (a), (b), (c) /
/// i, ii / 1, 2 parts. A minute with none of these markers may still record its decision in words
/// (<see cref="DecisionWording"/>: "The Committee agreed to ...", "Motion carried").
/// </summary>
internal static partial class ResolutionParser
{
    public static IReadOnlyList<Resolution> Parse(IReadOnlyList<PackLine> lines, int? minute, MeetingRef? meeting)
    {
        var starts = new List<(int Line, string After, string? Number)>();
        for (var i = 0; i < lines.Count; i++)
            if (Start(lines[i].Text) is (string rest, var number))
                starts.Add((i, rest, number));
            else if (BodyResolution.Rest(lines, i) is string said)
                starts.Add((i, said, null));
        var summary = DecisionSummary.Find(lines);
        if (summary >= 0 && starts.Any(s => s.Line > summary))
            starts.RemoveAll(s => s.Line < summary);
        var blocks = new List<(List<(string Text, int Page)> Lines, string? Number)>();
        for (var s = 0; s < starts.Count; s++)
        {
            var (at, rest, number) = starts[s];
            var end = s + 1 < starts.Count ? starts[s + 1].Line : lines.Count;
            if (NumberedParagraph.Split(lines[at].Text) is { } paragraph)
                end = NumberedParagraph.End(lines, at, paragraph.Number, end);
            blocks.Add((Block(lines, at, rest, end), number));
        }
        // Decision wording in prose counts only where the minute prints no marker: beside a RESOLVED
        // block, "Members agreed that ..." is discussion, not another resolution.
        if (blocks.Count == 0)
            blocks.AddRange(DecisionWording.Blocks(lines).Select(b => (b, (string?)null)));
        return blocks
            .SelectMany(b => Split(b.Lines).Select(p => new Resolution(p.Label, p.Text, p.Pages, b.Number, minute, meeting)))
            .ToList();
    }

    /// <summary>The text after the marker on line <paramref name="at"/> and the lines after it up to <paramref name="end"/>.</summary>
    internal static List<(string Text, int Page)> Block(IReadOnlyList<PackLine> lines, int at, string rest, int end)
    {
        var block = new List<(string Text, int Page)>();
        if (rest.Length > 0)
            block.Add((rest, lines[at].Page));
        block.AddRange(lines.Skip(at + 1).Take(end - at - 1).Select(l => (l.Text, l.Page)));
        if (block.Count == 0)
            block.Add(("", lines[at].Page));
        return block;
    }

    /// <summary>The text after the marker and the printed number, when the line opens a resolution.</summary>
    private static (string, string?)? Start(string text)
    {
        // A paragraph number before the marker ("25) RESOLVED that ...") is not part of it.
        if (NumberedParagraph.Split(text) is { } paragraph && Leading().IsMatch(paragraph.After))
            text = paragraph.After;
        var numbered = Numbered().Match(text);
        if (numbered.Success)
            return (text[numbered.Length..].Trim(), numbered.Groups["n"].Value);
        var lead = Leading().Match(text);
        if (lead.Success && (lead.Groups["w"].Value == "Resolved" || IsResolvedWord(lead.Groups["w"].Value)))
            return (Rest(text[lead.Length..]), null);
        if (Label().Match(text) is { Success: true } label)
            return (Rest(text[label.Length..]), null);
        foreach (Match m in Inline().Matches(text))
            if (IsResolvedWord(m.Groups["w"].Value))
                return (Rest(text[(m.Index + m.Length)..]), null);
        if (InlineWords().Match(text) is { Success: true } words)
            return (Rest(text[(words.Index + words.Length)..]), null);
        return null;
    }

    private static string Rest(string text) => text.TrimStart(' ', ':', ';', '–', '—', '-', ',').Trim();

    /// <summary>"RESOLVED" or a misspelling of it: the same letters in another order, or one letter dropped.</summary>
    public static bool IsResolvedWord(string word)
    {
        const string target = "RESOLVED";
        if (word == target)
            return true;
        if (!word.StartsWith("RES"))
            return false;
        if (word.Length == target.Length)
            return word.Order().SequenceEqual(target.Order());
        return word.Length == target.Length - 1 && Enumerable.Range(0, target.Length).Any(k => target.Remove(k, 1) == word);
    }

    private static IEnumerable<(string Label, string Text, int[] Pages)> Split(List<(string Text, int Page)> block)
    {
        var parts = NestedParts.Expand(Sequence(block.Where(l => !Motion().IsMatch(l.Text) && !Closing().IsMatch(l.Text))));
        if (parts.Count > 1 && parts[0].Label == "" && parts[1].Label != "")
        {
            // A preamble ("RESOLVED: to approve the following payments:") applies to every part.
            var preamble = parts[0].Lines;
            parts.RemoveAt(0);
            if (!Trivial().IsMatch(Join(preamble)))
                parts = parts.Select(p => (p.Label, (List<(string, int)>)[.. preamble, .. p.Lines])).ToList();
        }
        return parts.Select(p => (p.Label, Join(p.Lines), Pages(p.Lines)));
    }

    /// <summary>
    /// Lines to labelled parts: a line opening with the next label of the list starts a part ("b."
    /// after "a."; a number may skip one or two, where recommendations were lost); other lines go
    /// on the part before, or an unlabelled first part.
    /// </summary>
    internal static List<(string Label, List<(string Text, int Page)> Lines)> Sequence(IEnumerable<(string Text, int Page)> lines)
    {
        var parts = new List<(string Label, List<(string Text, int Page)> Lines)>();
        string? expected = null;
        var roman = false;
        foreach (var line in lines)
        {
            var m = Part().Match(line.Text);
            if (m.Success && (expected is null ? IsFirstLabel(m.Groups["l"].Value) : Follows(m.Groups["l"].Value, expected)))
            {
                var label = m.Groups["l"].Value;
                roman |= expected is null && label == "i";
                parts.Add((label, [(m.Groups["t"].Value, line.Page)]));
                expected = roman ? Roman.Next(label) : Next(label);
                continue;
            }
            if (parts.Count == 0)
                parts.Add(("", []));
            parts[^1].Lines.Add(line);
        }
        return parts;
    }

    private static bool IsFirstLabel(string label) => label is "a" or "A" or "i" || label.Length == 1 && label[0] is >= '1' and <= '9';

    private static bool Follows(string label, string expected) =>
        label == expected || int.TryParse(label, out var n) && int.TryParse(expected, out var e) && n > e && n <= e + 2;

    private static string? Next(string label)
    {
        if (int.TryParse(label, out var n))
            return (n + 1).ToString();
        return label.Length == 1 ? ((char)(label[0] + 1)).ToString() : null;
    }

    private static string Join(List<(string Text, int Page)> lines) =>
        Regex.Replace(string.Join(' ', lines.Select(l => l.Text)), @"\s+", " ").Trim();

    private static int[] Pages(List<(string Text, int Page)> lines) =>
        lines.Count == 0 ? [] : [lines.Min(l => l.Page), lines.Max(l => l.Page)];

    [GeneratedRegex(@"^(?:resolution\s+(?:no\.?|number|#)?\s*|res\.?\s*(?:no\.?)?\s*)(?<n>R?\d{2,4}[-/]\d{1,5})\b\s*[:.–-]?", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:it\s+was\s+)?(?<w>[A-Z]{7,8}|Resolved)\b\s*[:–—,-]?")]
    private static partial Regex Leading();

    [GeneratedRegex(@"\b(?:and|it\s+was|was|unanimously|accordingly|Committee|Sub-Committee|Commission|Cabinet|Panel|Board|Council|Forum)\s+(?<w>[A-Z]{7,8})\b")]
    private static partial Regex Inline();

    /// <summary>
    /// A decision label leading a line: "AGREED", "AGREED:", "AGREED that", "DECISION –", or in
    /// ordinary case only with a colon ("Decision:"). A capitalised heading such as "AGREED SYLLABUS"
    /// or "DECISION MAKING" is not one.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:AGREED|DECIDED|DECISIONS?)(?=\s*$|\s*[:–—,-]|\s+(?:that|to|THAT|TO)\b)|(?:Agreed|Decided|Decisions?)\s*(?=:))")]
    private static partial Regex Label();

    /// <summary>
    /// A decision inside a sentence: "It was AGREED that", "moved, seconded and AGREED", or a resolution
    /// in lower case introduced as one ("It was resolved that", "and unanimously resolved that"), which
    /// "the complaint was resolved within ten days" is not.
    /// </summary>
    [GeneratedRegex(@"\b(?:[Ii]t\s+was|and|was|unanimously)\s+(?:AGREED|DECIDED|APPROVED)\b|\b(?:[Ii]t\s+was|and)\s+(?:unanimously\s+)?resolved\s*(?=that\b|:)")]
    private static partial Regex InlineWords();

    [GeneratedRegex(@"^\(?(?<l>[a-z]|[A-Z]|[ivx]{1,5}|\d{1,2})[.)]\s*(?<t>.*)$")]
    private static partial Regex Part();

    /// <summary>A preamble that says nothing by itself ("that:", "to:").</summary>
    [GeneratedRegex(@"^(?:that|to)?\s*[:\-–]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trivial();

    [GeneratedRegex(@"^(?:the\s+)?meeting\s+(?:closed|ended|concluded|was\s+closed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    /// <summary>Who moved and seconded, and the outcome, printed around a numbered resolution.</summary>
    [GeneratedRegex(@"^(?:(?:moved|seconded)(?:\s+by)?\s*:?\s+\S.*|(?:motion\s+)?(?:carried|defeated|lost|carried unanimously)\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Motion();
}
