using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Questions;

/// <summary>
/// Questions with their replies, in a minute or a question paper. A question opens with "Question asked
/// by X", "Question by X to Y, Cabinet Member for Z", "Question 3" over "From: X", "X asked the Leader:",
/// or a notice that questions "had been received ... from Mr. M. Hunt CC."; its reply with "Reply by the
/// Chairman", "Answer", "Response:"; a supplementary with "Supplementary question(s)". Public or members'
/// questions are told by the minute's title ("Question Time", "Questions asked by members"), else by
/// whether the asker is a councillor.
/// </summary>
internal static partial class QuestionParser
{
    private enum Part { Question, Reply, Supplementary }

    public static IReadOnlyList<Question> Parse(IReadOnlyList<PackLine> lines, int? minute, string? context)
    {
        var found = new List<Question>();
        QuestionDraft? draft = null;
        var part = Part.Question;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (Words.IsAllCaps(text) && text.Contains("QUESTION"))
            {
                Flush(found, draft, minute, context);
                draft = null;
                context = text;
                continue;
            }
            if (Opening(lines, i) is { } opening)
            {
                var (who, to, skip) = opening;
                Flush(found, draft, minute, context);
                draft = new QuestionDraft(who.Trim(), to?.Trim(), lines[i].Page);
                part = Part.Question;
                i += skip;
                continue;
            }
            if (draft is null)
                continue;
            if (Reply().Match(text) is { Success: true } reply && (reply.Groups["rest"].Length > 0 || Words.Count(text) <= 10))
            {
                part = Part.Reply;
                draft.AnsweredBy ??= reply.Groups["who"].Success ? Who(reply.Groups["who"].Value) : null;
                draft.Add(draft.Reply, reply.Groups["rest"].Value, lines[i].Page);
                continue;
            }
            if (Supplementary().Match(text) is { Success: true } supp)
            {
                part = Part.Supplementary;
                draft.Add(draft.Supplementary, supp.Groups["rest"].Value, lines[i].Page);
                continue;
            }
            if (part == Part.Question && draft.Text.Count == 0 && Label().Match(text) is { Success: true } label)
            {
                if (label.Groups["l"].Value.Equals("to", StringComparison.OrdinalIgnoreCase))
                    draft.To = label.Groups["who"].Value.Trim();
                else
                    draft.AskedBy = label.Groups["who"].Value.Trim();
                continue;
            }
            draft.Add(part switch { Part.Question => draft.Text, Part.Reply => draft.Reply, _ => draft.Supplementary }, text, lines[i].Page);
        }
        Flush(found, draft, minute, context);
        return found;
    }

    /// <summary>The asker, the person asked and how many following lines the opening took.</summary>
    private static (string, string?, int)? Opening(IReadOnlyList<PackLine> lines, int i)
    {
        var text = lines[i].Text;
        if (AskedBy().Match(text) is { Success: true } asked)
            return (asked.Groups["who"].Value, asked.Groups["to"].Success ? asked.Groups["to"].Value : null, 0);
        if (Asks().Match(text) is { Success: true } asks)
            return (asks.Groups["who"].Value, asks.Groups["to"].Value, 0);
        if (Numbered().IsMatch(text))
            return ("", null, 0);
        if (!text.Contains("received", StringComparison.OrdinalIgnoreCase))
            return null;
        for (var k = i; k < Math.Min(lines.Count, i + 3); k++)
        {
            if (!Words.EndsSentence(lines[k].Text) && !lines[k].Text.EndsWith(':'))
                continue;
            var joined = string.Join(' ', lines.Skip(i).Take(k - i + 1).Select(l => l.Text));
            return ReceivedFrom().Match(joined) is { Success: true } m ? (m.Groups["who"].Value, null, k - i) : null;
        }
        return null;
    }

    private static void Flush(List<Question> found, QuestionDraft? draft, int? minute, string? context)
    {
        if (draft is null || draft.AskedBy.Length == 0)
            return;
        var kind = Kind(context, draft.AskedBy);
        var answeredBy = draft.AnsweredBy ?? (draft.To is null ? null : PersonName.Clean(draft.To.Split(',')[0]));
        found.Add(new Question(kind, minute, draft.AskedBy, answeredBy, QuestionDraft.Join(draft.Text),
            draft.Reply.Count > 0 ? QuestionDraft.Join(draft.Reply) : null,
            draft.Supplementary.Count > 0 ? QuestionDraft.Join(draft.Supplementary) : null,
            draft.Pages, draft.To));
    }

    private static string Kind(string? context, string askedBy)
    {
        var c = context ?? "";
        if (Regex.IsMatch(c, @"\bpublic\b|\bquestion time\b|\bpetition", RegexOptions.IgnoreCase))
            return "public";
        if (Regex.IsMatch(c, @"\bmembers?\b|\bcouncillors?\b", RegexOptions.IgnoreCase))
            return "member";
        return Councillor().IsMatch(askedBy) ? "member" : "public";
    }

    private static string Who(string text) => Regex.Replace(text.Trim(), @"^the\s+", "", RegexOptions.IgnoreCase).TrimEnd(':', '.', ' ');

    [GeneratedRegex(@"^question\s+(?:\d+\s+)?(?:asked\s+|submitted\s+|put\s+)?(?:by|from)\s*:?\s+(?<who>.+?)(?:\s+to\s+(?<to>(?:the\s+)?.+?))?\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedBy();

    [GeneratedRegex(@"^(?<who>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[^,:]+?)\s+(?:asked|to ask)\s+(?<to>(?:the\s+)?[^:]+?)(?:\s+the following(?: question)?)?\s*:\s*$")]
    private static partial Regex Asks();

    [GeneratedRegex(@"^question\s*(?:no\.?\s*)?\d{1,3}\s*[:.)]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<l>from|asked by|questioner|submitted by|to)\s*:\s*(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\bquestions?\b.*\breceived\b.*?\bfrom\s+(?<who>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b.*?)\s*[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedFrom();

    [GeneratedRegex(@"^(?:reply|response|answer)(?:\s+(?:by|from)\s+(?<who>[^:]+))?\s*(?::\s*(?<rest>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Reply();

    [GeneratedRegex(@"^Supplementary\s+(?:[Qq]uestions?|[Qq]s?)\s*(?:\d+\s*)?(?:(?:from|by|asked by)\s+[^:]{1,60})?(?:[:.–-]\s*(?<rest>.*))?$")]
    private static partial Regex Supplementary();

    [GeneratedRegex(@"\b(?:CC|Cllr|Councillor)\b")]
    private static partial Regex Councillor();
}
