using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Questions;

/// <summary>
/// One pass over the lines of a minute or a paper, line by line: what opens a question, which part
/// (question, reply, supplementary) a line belongs to, and when a question ends. The shapes it reads
/// are in <see cref="QuestionParser"/> and <see cref="QuestionHeading"/>.
/// </summary>
internal sealed class QuestionReader(IReadOnlyList<PackLine> lines, List<Question> found, int? minute, string? context)
{
    private enum Part { Question, Reply, Supplementary }

    /// <summary>
    /// A paper that heads its questions "Question N – Name" starts questions only there: the numbered
    /// lines people paste inside their own e-mails ("Question 1:", "Question 2 - Is ...") are their text.
    /// </summary>
    private readonly bool namedPaper = lines.Count(l => QuestionHeading.Read(l.Text) is { Form: HeadingForm.Named }) >= 2;

    private readonly Questioners senders = Questioners.Read(lines);
    private readonly HashSet<(string, int)> asked = [];
    private readonly string? outerContext = context;
    private QuestionDraft? draft;
    private Part part = Part.Question;
    private bool spoken;
    private int last;

    /// <summary>Reads line <paramref name="i"/>; returns the last line it used.</summary>
    public int Read(int i)
    {
        var text = lines[i].Text;
        if (QuestionParser.IsSectionHeading(text))
        {
            Flush();
            context = text;
            return i;
        }
        if (QuestionTable.Read(lines, i) is var (rows, end))
        {
            Flush();
            foreach (var row in rows.Where(r => r.Name.Length > 0))
            {
                draft = new QuestionDraft(row.Name.Split(',')[0].Trim(), null, row.Page);
                draft.Add(draft.Text, row.Title, row.Page);
                asked.Add((Key(draft.AskedBy), row.Number));
                Flush();
            }
            return end;
        }
        if (senders.TakeForm(text))
        {
            Flush();
            return i;
        }
        if (QuestionHeading.Read(text) is { } heading && !(namedPaper && heading.Form == HeadingForm.Titled))
            return Headed(heading, i);
        if (QuestionParser.Opening(lines, i) is { } opening && !(namedPaper && opening.Who.Length == 0))
        {
            var (who, to, skip) = opening;
            Start(who.Trim(), to?.Trim(), i);
            return i + skip;
        }
        if (namedPaper && QuestionParser.IsLabelOnly(text))
            return i;
        if ((draft is null || spoken) && context != outerContext && QuestionParser.EndsPublicSection(text))
        {
            Flush();
            context = outerContext;
            return i;
        }
        if ((draft is null || spoken) && QuestionParser.IsPublicSection(context) && QuestionParser.Spoken(text) is { } speaker)
        {
            Start(speaker, null, i);
            spoken = true;
            draft!.Add(draft.Text, text, lines[i].Page);
            return i;
        }
        if (draft is not null)
            Add(text, i);
        return i;
    }

    public void Flush()
    {
        if (draft is not null)
            QuestionParser.Flush(found, draft, minute, context);
        draft = null;
        spoken = false;
    }

    private int Headed(QuestionHeading heading, int i)
    {
        if (heading.Form == HeadingForm.Listed)
        {
            var end = i;
            while (end + 1 < lines.Count && !lines[end + 1].AfterBreak && QuestionHeading.Continues(lines[end + 1].Text))
                end++;
            var joined = string.Join(' ', lines.Skip(i).Take(end - i + 1).Select(l => l.Text));
            heading = QuestionHeading.Read(joined) ?? heading;
            Start(heading.Asker!, null, i);
            draft!.Add(draft.Text, heading.Subject ?? "", lines[end].Page);
            Remember(heading);
            Flush();
            return end;
        }
        if (heading.Form == HeadingForm.Named)
        {
            var followUp = heading.Numbers.Any(n => asked.Contains((Key(heading.Asker!), n)));
            Flush();
            if (!followUp)
                Start(heading.Asker!, null, i);
            Remember(heading);
            return i;
        }
        var asker = senders.Asker(restarts: heading.Number <= last);
        Start(asker ?? "", null, i);
        Remember(heading);
        return i;
    }

    private void Remember(QuestionHeading heading)
    {
        last = heading.Numbers.Max();
        if (draft?.AskedBy is { Length: > 0 } who)
            foreach (var n in heading.Numbers)
                asked.Add((Key(who), n));
    }

    private static string Key(string who) => Officers.PersonName.Surname(who);

    private void Start(string who, string? to, int i)
    {
        Flush();
        draft = new QuestionDraft(who, to, lines[i].Page);
        part = Part.Question;
    }

    private void Add(string text, int i)
    {
        var d = draft!;
        if (QuestionParser.Reply().Match(text) is { Success: true } reply && (reply.Groups["rest"].Length > 0 || Words.Count(text) <= 10))
        {
            part = Part.Reply;
            d.AnsweredBy ??= reply.Groups["who"].Success ? QuestionParser.Who(reply.Groups["who"].Value) : null;
            d.Add(d.Reply, reply.Groups["rest"].Value, lines[i].Page);
            return;
        }
        if (QuestionParser.Supplementary().Match(text) is { Success: true } supp)
        {
            part = Part.Supplementary;
            d.Add(d.Supplementary, supp.Groups["rest"].Value, lines[i].Page);
            return;
        }
        if (part == Part.Question && d.Text.Count == 0)
        {
            if (QuestionParser.Label().Match(text) is { Success: true } label)
            {
                if (label.Groups["l"].Value.Equals("to", StringComparison.OrdinalIgnoreCase))
                    d.To = label.Groups["who"].Value.Trim();
                else
                    d.AskedBy = label.Groups["who"].Value.Trim();
                return;
            }
            // The asker's own numbering alone on a line ("1") before the question.
            if (QuestionParser.LoneNumber().IsMatch(text))
                return;
            // The office of the member asked, on its own line under the heading, is not the question.
            if (QuestionParser.IsOffice(text))
            {
                d.To = d.To is null ? text : $"{d.To}, {text}";
                return;
            }
        }
        d.Add(part switch { Part.Question => d.Text, Part.Reply => d.Reply, _ => d.Supplementary }, text, lines[i].Page);
    }
}
