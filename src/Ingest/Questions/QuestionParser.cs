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
    /// <summary>How far down the first page a questions paper's title may stand (under a logo or council name).</summary>
    private const int PaperTitleLines = 6;

    public static IReadOnlyList<Question> Parse(IReadOnlyList<PackLine> lines, int? minute, string? context)
    {
        var found = new List<Question>();
        var reader = new QuestionReader(lines, found, minute, context);
        for (var i = 0; i < lines.Count; i++)
            i = reader.Read(i);
        reader.Flush();
        return found;
    }

    /// <summary>The asker, the person asked and how many following lines the opening took.</summary>
    internal static (string Who, string? To, int Skip)? Opening(IReadOnlyList<PackLine> lines, int i)
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

    internal static void Flush(List<Question> found, QuestionDraft draft, int? minute, string? context)
    {
        if (draft.AskedBy.Length == 0)
            return;
        var kind = Kind(context, draft.AskedBy);
        var answeredBy = draft.AnsweredBy ?? (draft.To is null ? null : PersonName.Clean(draft.To.Split(',')[0]));
        found.Add(new Question(kind, minute, draft.AskedBy, answeredBy, QuestionDraft.Join(draft.Text),
            draft.Reply.Count > 0 ? QuestionDraft.Join(draft.Reply) : null,
            draft.Supplementary.Count > 0 ? QuestionDraft.Join(draft.Supplementary) : null,
            draft.Pages, draft.To));
    }

    /// <summary>A heading over a run of questions: "PUBLIC QUESTIONS", "Public Forum Questions:", "Public Questions and Mayor's Responses".</summary>
    public static bool IsSectionHeading(string text) =>
        Words.Count(text) <= 8 && !Words.EndsSentence(text)
        && ((text.Contains("QUESTION") && CapitalHeading().IsMatch(text)) || SectionHeading().IsMatch(text));

    /// <summary>A paper of its own whose title, in its first lines, says it holds questions.</summary>
    public static bool IsQuestionsPaper(IReadOnlyList<PackLine> front)
    {
        // The title block: the lines above the first numbered one, which a designed cover may break
        // word by word ("Public" / "Forum").
        var block = front.Take(PaperTitleLines).TakeWhile(l => !NumberedLine().IsMatch(l.Text)).Select(l => l.Text).ToList();
        return block.Any(IsSectionHeading) || PaperTitle().IsMatch(Regex.Replace(string.Join(' ', block), @"[^\w'’]+", " "));
    }

    /// <summary>Public questions recorded as what each person said ("Zoe Toft spoke regarding ...").</summary>
    public static bool IsPublicSection(string? context) => context is not null && PublicSection().IsMatch(context);

    /// <summary>A numbered minute heading ("52 Apologies for Absence") ends the public questions before it.</summary>
    public static bool EndsPublicSection(string text) => MinuteHeading().IsMatch(text) && !Words.EndsSentence(text) && Words.Count(text) <= 10;

    /// <summary>A line naming an office alone: "Cabinet Member for Highways", "Leader of the Council".</summary>
    public static bool IsOffice(string text) => Office().IsMatch(text) && !Words.EndsSentence(text) && Words.Count(text) <= 12;

    /// <summary>"Question 2" or "Question 1:" with nothing else on the line.</summary>
    public static bool IsLabelOnly(string text) => Numbered().IsMatch(text);

    /// <summary>Who spoke, when the line opens "Zoe Toft spoke ..." or "A local resident raised ...".</summary>
    public static string? Spoken(string text)
    {
        var m = Speaker().Match(text);
        if (!m.Success)
            return null;
        if (m.Groups["someone"].Success)
            return m.Groups["someone"].Value;
        var who = m.Groups["who"].Value;
        return PersonName.LooksLikeName(who) ? who : null;
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

    internal static string Who(string text) => Regex.Replace(text.Trim(), @"^the\s+", "", RegexOptions.IgnoreCase).TrimEnd(':', '.', ' ');

    [GeneratedRegex(@"^question\s+(?:\d+\s+)?(?:asked\s+|submitted\s+|put\s+)?(?:by|from)\s*:?\s+(?<who>.+?)(?:\s+to\s+(?<to>(?:the\s+)?.+?))?\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedBy();

    [GeneratedRegex(@"^(?<who>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[^,:]+?)\s+(?:asked|to ask)\s+(?<to>(?:the\s+)?[^:]+?)(?:\s+the following(?: question)?)?\s*:\s*$")]
    private static partial Regex Asks();

    [GeneratedRegex(@"^question\s*(?:no\.?\s*)?\d{1,3}\s*[:.)]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<l>from|asked by|questioner|submitted by|to)\s*:\s*(?<who>.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex Label();

    [GeneratedRegex(@"\bquestions?\b.*\breceived\b.*?\bfrom\s+(?<who>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b.*?)\s*[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedFrom();

    [GeneratedRegex(@"^(?:(?:the\s+)?(?<who>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})['’]s\s+)?(?:reply|response|answer)(?:\s+(?:by|from)\s+(?<who>[^:]+))?\s*(?:[:.]\s*(?<rest>.*))?$", RegexOptions.IgnoreCase)]
    internal static partial Regex Reply();

    [GeneratedRegex(@"^Supplementary\s+(?:[Qq]uestions?|[Qq]s?)\s*(?:\d+\s*)?(?:(?:from|by|asked by)\s+[^:]{1,60})?(?:[:.–-]\s*(?<rest>.*))?$")]
    internal static partial Regex Supplementary();

    [GeneratedRegex(@"^[A-Z][A-Z0-9'’ &(),.–-]*$")]
    private static partial Regex CapitalHeading();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:deputy\s+)?leader\s+of\s+the\s+council|(?:deputy\s+)?(?:cabinet|executive|lead)\s+member\s+for\b.*|portfolio\s+holder\s+for\b.*|chair(?:man|person)?\s+of\s+the\b.*(?:committee|board|panel|commission)|(?:deputy\s+)?(?:mayor|leader))$", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    [GeneratedRegex(@"^\d{1,3}[.)]?\s")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"\b(?:public|members['’]?|councillors['’]?)\s+(?:forum\s+)?questions\b|\bpublic\s+forum\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaperTitle();

    [GeneratedRegex(@"^\d{1,2}[.)]?$")]
    internal static partial Regex LoneNumber();

    [GeneratedRegex(@"^(?:(?:public(?:\s+forum)?|members['’]?|councillors['’]?|written|oral)\s+questions?\b|public\s+forum\b|questions\s+from\s+(?:the\s+)?(?:public|members))", RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"\bpublic\b.*\bquestions?\b|\bquestions?\b.*\bpublic\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublicSection();

    [GeneratedRegex(@"^\d{1,3}\.?\s+[A-Z]")]
    private static partial Regex MinuteHeading();

    [GeneratedRegex(@"^(?:(?<someone>An?\s+(?:local\s+)?(?:resident|member of the public|parishioner|elector)s?)|(?<who>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))\s+(?:spoke|raised|asked|queried|questioned|enquired|sought)\b")]
    private static partial Regex Speaker();

    [GeneratedRegex(@"\b(?:CC|Cllr|Councillor)\b")]
    private static partial Regex Councillor();
}
