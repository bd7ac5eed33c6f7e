using System.Globalization;
using System.Text.RegularExpressions;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// Fills sentence templates from a seeded <see cref="Random"/>. Every choice goes through the one generator, so the
/// same seed gives the same text.
/// </summary>
internal sealed partial class Prose(Random random)
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public Random Random => random;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(int percent) => random.Next(100) < percent;

    public string Sentence(IReadOnlyList<string> templates, ProseContext context) => Fill(Pick(templates), context);

    /// <summary>Sentences from distinct templates, so a paragraph does not say the same thing twice.</summary>
    public string Paragraph(ProseContext context, int minSentences, int maxSentences, IReadOnlyList<string>? templates = null)
    {
        var count = random.Next(minSentences, maxSentences + 1);
        var chosen = (templates ?? Phrases.Report).OrderBy(_ => random.Next()).Take(count);
        return string.Join(' ', chosen.Select(t => Fill(t, context)));
    }

    public string Fill(string template, ProseContext context) =>
        Slot().Replace(template, m => Value(m.Groups[1].Value, context));

    public string Money() => random.Next(3) == 0
        ? $"£{random.Next(20, 990)},000"
        : $"£{random.Next(1, 450) / 10.0:0.0}m";

    public string FinancialYear(int year)
    {
        var start = year - random.Next(2);
        return $"{start}/{(start + 1) % 100:D2}";
    }

    private string Value(string slot, ProseContext c) => slot switch
    {
        "term" or "term2" => Pick(c.Topic.Terms),
        "topic" => c.Topic.Name,
        "title" => c.Title,
        "body" => "the " + c.Body.Short,
        "chair" => c.Body.ChairTitle,
        "dept" => c.Department.Name,
        "director" => c.Department.Director,
        "partner" => Pick(Phrases.Partners),
        "govdept" => Pick(Phrases.GovernmentDepartments),
        "town" or "town2" => Pick(Names.Towns),
        "money" or "money2" => Money(),
        "pct" => random.Next(4) == 0 ? $"{random.Next(10, 999) / 10.0:0.0}%" : $"{random.Next(2, 60)}%",
        "fy" => FinancialYear(c.Date.Year),
        "year" => (c.Date.Year - random.Next(3)).ToString(CultureInfo.InvariantCulture),
        "future" => (c.Date.Year + random.Next(1, 3)).ToString(CultureInfo.InvariantCulture),
        "month" => Pick(Months),
        "quarter" => $"Quarter {random.Next(1, 5)}",
        "count" => random.Next(4, 13).ToString(CultureInfo.InvariantCulture),
        "count2" => random.Next(20, 2500).ToString(CultureInfo.InvariantCulture),
        "letter" => ((char)('A' + random.Next(4))).ToString(),
        "date" => Dates.Ordinal(c.Date.AddDays(7 * random.Next(1, 5))),
        "span" => $"{c.Date.Year}-{(c.Date.Year + 4) % 100:D2}",
        "period" => random.Next(3, 11).ToString(CultureInfo.InvariantCulture),
        "ref" => $"{c.Date.Year}/{random.Next(100, 2999)}/{random.Next(1, 9):D2}",
        _ => throw new InvalidOperationException($"unknown template slot {{{slot}}}"),
    };

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slot();
}
