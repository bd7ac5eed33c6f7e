using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// Writes an officer report: purpose, numbered paragraphs under headings (sometimes a bullet list or a figures
/// table), resource implications, recommendations and background papers. Paragraph numbers run through the report
/// as in the seed packs; the officers to contact are the director and one or two of the department's officers.
/// </summary>
internal sealed class ReportPlanner(Prose prose)
{
    private static readonly string[] PlanningSections =
        ["Description of the Site", "The Proposal", "Planning History", "Consultations", "Representations", "Planning Considerations"];

    public Report Plan(Topic topic, Body body, Department department, DateOnly date)
    {
        var title = TitleCase(prose.Fill(prose.Pick(topic.Titles), new ProseContext(topic, body, department, date)));
        var c = new ProseContext(topic, body, department, date, title);
        var (verb, past) = prose.Pick(Purposes);
        var (term, term2) = (prose.Pick(topic.Terms), prose.Pick(topic.Terms));
        var purpose = $"The purpose of this report is to {verb} {term} and to seek the views of the {body.Short} on {term2}.";
        var summary = $"{past} {term} and sought the views of the {body.Short} on {term2}";
        var blocks = new List<Block>();
        var number = 0;
        void Numbered(string text) => blocks.Add(Block.Item($"{++number}.", text));

        blocks.Add(Block.Head("Purpose of the Report"));
        Numbered(purpose);
        blocks.Add(Block.Head("Policy Framework and Previous Decisions"));
        for (var i = prose.Random.Next(1, 4); i > 0; i--)
            Numbered(prose.Paragraph(c, 2, 4));
        var headings = body.Kind == BodyKind.Regulatory
            ? PlanningSections
            : Phrases.SectionHeadings.OrderBy(_ => prose.Random.Next()).Take(prose.Random.Next(3, 8))
                .OrderBy(h => h is "Next Steps" or "Conclusion").ToArray();
        foreach (var heading in headings)
        {
            blocks.Add(Block.Head(heading));
            for (var i = prose.Random.Next(2, 10); i > 0; i--)
            {
                Numbered(prose.Paragraph(c, 2, 6));
                if (prose.Chance(12))
                    blocks.AddRange(Bullets(c));
                else if (prose.Chance(6))
                    blocks.AddRange(Table(c));
            }
        }
        blocks.Add(Block.Head("Resource Implications"));
        Numbered(prose.Paragraph(c, 1, 3));
        var recommendations = Recommendations(c);
        blocks.Add(Block.Head(recommendations.Count == 1 ? "Recommendation" : "Recommendations"));
        if (recommendations.Count == 1)
            Numbered(recommendations[0]);
        else
        {
            Numbered("It is recommended that:");
            blocks.AddRange(recommendations.Select((r, i) => Block.Item($"{(char)('a' + i)})", r, 1)));
        }
        blocks.Add(Block.Head("Background Papers"));
        blocks.Add(Block.Para(prose.Chance(40) ? "None." : $"Report to the Cabinet on {Dates.Ordinal(date.AddDays(-7 * prose.Random.Next(4, 30)))} - {title}"));
        blocks.Add(Block.Head("Circulation under the Local Issues Alert Procedure"));
        blocks.Add(Block.Para("None."));
        blocks.Add(Block.Head("Equality Implications"));
        blocks.Add(Block.Para(prose.Chance(50) ? "There are no equality implications arising from this report." : prose.Paragraph(c, 1, 2)));
        var contacts = new[] { department.Officers[0] }
            .Concat(department.Officers.Skip(1).OrderBy(_ => prose.Random.Next()).Take(prose.Random.Next(1, 3)))
            .ToList();
        var appendices = Enumerable.Range(0, prose.Random.Next(0, 4)).Select(i => Appendix(c, (char)('A' + i))).ToList();
        return new Report(title, department, topic, summary, blocks, recommendations, contacts, appendices);
    }

    private static readonly (string Verb, string Past)[] Purposes =
    [
        ("provide an update on", "provided an update on"), ("set out the proposed approach to", "set out the proposed approach to"),
        ("present the outcome of the review of", "presented the outcome of the review of"), ("seek approval for changes to", "sought approval for changes to"),
        ("report on performance in relation to", "reported on performance in relation to"), ("inform members of progress on", "informed members of progress on"),
    ];

    private List<string> Recommendations(ProseContext c)
    {
        var count = prose.Random.Next(1, 5);
        var first = $"the {c.Body.Short} notes the contents of this report";
        var rest = new[]
        {
            $"the proposed approach to {prose.Pick(c.Topic.Terms)} be approved",
            $"the {c.Department.Director} be authorised to take the actions set out in paragraph {prose.Random.Next(5, 30)}",
            $"a further report on {prose.Pick(c.Topic.Terms)} be presented in {prose.Fill("{month} {year}", c)}",
            $"the comments of the {c.Body.Short} be reported to the Cabinet",
        };
        var list = new List<string> { first };
        list.AddRange(rest.OrderBy(_ => prose.Random.Next()).Take(count - 1));
        return count == 1
            ? [$"The {c.Body.Short} is asked to note the contents of this report and to provide any comments."]
            : list.Select((r, i) => r + (i == list.Count - 1 ? "." : ";")).ToList();
    }

    /// <summary>Supporting material: unnumbered paragraphs under sub-headings, often with a table of figures.</summary>
    private Appendix Appendix(ProseContext c, char letter)
    {
        var blocks = new List<Block>();
        for (var s = prose.Random.Next(1, 7); s > 0; s--)
        {
            blocks.Add(Block.Head(TitleCase(prose.Pick(c.Topic.Terms))));
            for (var p = prose.Random.Next(2, 9); p > 0; p--)
                blocks.Add(Block.Para(prose.Paragraph(c, 2, 6)));
            if (prose.Chance(40))
                blocks.AddRange(Table(c));
        }
        return new Appendix(letter.ToString(), prose.Fill(prose.Pick(AppendixTitles), c), blocks);
    }

    private static readonly string[] AppendixTitles =
        ["Performance Dashboard {fy}", "Consultation Responses on {term}", "Action Plan for {term}", "Financial Summary {fy}", "Equality Impact Assessment"];

    private IEnumerable<Block> Bullets(ProseContext c) =>
        Phrases.Report.OrderBy(_ => prose.Random.Next()).Take(prose.Random.Next(3, 7)).Select(t => Block.Item("•", prose.Fill(t, c), 1)).ToList();

    private IEnumerable<Block> Table(ProseContext c)
    {
        yield return Block.Row("", "£000");
        for (var i = prose.Random.Next(3, 7); i > 0; i--)
            yield return Block.Row(TitleCase(prose.Pick(c.Topic.Terms)), $"{prose.Random.Next(-9000, 400000):N0}");
    }

    private static readonly HashSet<string> Minor = ["from", "with", "into", "over"];

    /// <summary>Capitalises words longer than three letters except a few prepositions; keeps "SEND" and "2021/22".</summary>
    private static string TitleCase(string text) => string.Join(' ', text.Split(' ').Select(w =>
        w.Length > 3 && char.IsLower(w[0]) && !Minor.Contains(w) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
