using System.Text.RegularExpressions;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// The acronym definitions a text prints, in the shapes council papers use: "Medium Term Financial Strategy
/// (MTFS)", "MTFS (Medium Term Financial Strategy)", a line "MTFS – Medium Term Financial Strategy" (or ":",
/// "=", "means", "stands for", a glossary table's row "MTFS   Medium Term Financial Strategy"), and a glossary
/// table read column by column (a "Term" column's acronyms, then a "Definition" column's long forms). Every
/// candidate must spell its acronym (<see cref="LongForms.Fits(string, string)"/>), so brackets holding a year,
/// a name or a cross-reference are not taken. Pure: text in, definitions out.
/// </summary>
internal static partial class DefinitionExtractor
{
    /// <summary>How far before a bracketed acronym its long form may start.</summary>
    private const int LookBack = 200;

    /// <summary>Lines of a column-wise glossary table a term's long form may lie past the last one used.</summary>
    private const int ColumnSlack = 6;

    private static readonly HashSet<string> TermHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "term", "terms", "acronym", "acronyms", "abbreviation", "abbreviations",
    };

    private static readonly HashSet<string> DefinitionHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "definition", "definitions", "meaning", "description", "full title", "in full", "explanation",
    };

    /// <summary>Each acronym with each distinct long form the text gives it, in text order of first printing.</summary>
    public static IReadOnlyList<AcronymDefinition> Extract(string text)
    {
        var found = new List<AcronymDefinition>();
        Bracketed(text, found);
        LongFormBracketed(text, found);
        var lines = Lines(text);
        Rows(lines, found);
        Columns(lines, found);
        return found
            .DistinctBy(d => (d.Acronym, d.Key))
            .OrderBy(d => d.Offset)
            .ToList();
    }

    /// <summary>
    /// "Medium Term Financial Strategy (MTFS)": the fewest words before the bracket that spell it. A two-letter
    /// acronym's long form must start with a capital: running words spell two letters too often ("considered
    /// the report (CR)").
    /// </summary>
    private static void Bracketed(string text, List<AcronymDefinition> found)
    {
        foreach (Match match in BracketedAcronym().Matches(text))
        {
            var acronym = LongForms.Singular(match.Groups[1].Value);
            if (!LongForms.IsAcronym(acronym))
            {
                continue;
            }

            var clauseStart = ClauseStart(text, match.Index);
            var starts = WordStarts(text, clauseStart, match.Index);
            for (var s = starts.Count - 1; s >= 0 && starts.Count - s <= MaxWords(acronym); s--)
            {
                var candidate = text[starts[s]..match.Index];
                if (LongForms.Fits(acronym, candidate) && (acronym.Length > 2 || char.IsUpper(LongForms.Clean(candidate)[0])))
                {
                    found.Add(new AcronymDefinition(acronym, Printed(candidate), starts[s]));
                    break;
                }
            }
        }
    }

    /// <summary>"MTFS (Medium Term Financial Strategy)".</summary>
    private static void LongFormBracketed(string text, List<AcronymDefinition> found)
    {
        foreach (Match match in AcronymThenBracket().Matches(text))
        {
            var acronym = LongForms.Singular(match.Groups[1].Value);
            var longForm = match.Groups[2].Value;
            if (LongForms.IsAcronym(acronym) && LongForms.Fits(acronym, longForm))
            {
                found.Add(new AcronymDefinition(acronym, Printed(longForm), match.Index));
            }
        }
    }

    /// <summary>A line that is an acronym, a separator and its long form (a glossary table's row).</summary>
    private static void Rows(List<(string Line, int Offset)> lines, List<AcronymDefinition> found)
    {
        foreach (var (line, offset) in lines)
        {
            if (Row().Match(line) is not { Success: true } match)
            {
                continue;
            }

            var acronym = LongForms.Singular(match.Groups[1].Value);
            var rest = match.Groups[2].Value;
            if (!LongForms.IsAcronym(acronym))
            {
                continue;
            }

            if (LongForms.Fits(acronym, rest))
            {
                found.Add(new AcronymDefinition(acronym, Printed(rest), offset));
            }
            else if (LeadingArticle().Match(rest) is { Success: true } article && LongForms.Fits(acronym, rest[article.Length..]))
            {
                found.Add(new AcronymDefinition(acronym, Printed(rest[article.Length..]), offset));
            }
        }
    }

    /// <summary>
    /// A glossary table whose text runs column by column: a "Term" line, the terms one a line, a "Definition"
    /// line, the definitions (some over several lines). Each acronym takes the next definition line that spells
    /// it (a term's trailing word such as "sector" may end it), so the definitions of terms that are not
    /// acronyms are passed over.
    /// </summary>
    private static void Columns(List<(string Line, int Offset)> lines, List<AcronymDefinition> found)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!TermHeaders.Contains(lines[i].Line))
            {
                continue;
            }

            var terms = new List<(string Line, int Offset)>();
            var j = i + 1;
            for (; j < lines.Count && !DefinitionHeaders.Contains(lines[j].Line) && lines[j].Line.Split(' ').Length <= 3; j++)
            {
                terms.Add(lines[j]);
            }

            if (j == lines.Count || !DefinitionHeaders.Contains(lines[j].Line) || terms.Count == 0)
            {
                continue;
            }

            var next = j + 1;
            foreach (var (term, offset) in terms)
            {
                var parts = term.Split(' ', 2);
                var acronym = LongForms.Singular(parts[0]);
                if (!LongForms.IsAcronym(acronym))
                {
                    continue;
                }

                var suffix = parts.Length > 1 ? " " + parts[1] : "";
                for (var k = next; k < lines.Count && k <= next + ColumnSlack; k++)
                {
                    var definition = lines[k].Line;
                    if (suffix.Length > 0 && definition.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    {
                        definition = definition[..^suffix.Length];
                    }

                    if (LongForms.Fits(acronym, definition))
                    {
                        found.Add(new AcronymDefinition(acronym, Printed(definition), offset));
                        next = k + 1;
                        break;
                    }
                }
            }

            i = next - 1;
        }
    }

    /// <summary>The text's non-blank lines, trimmed, with the offset of each.</summary>
    private static List<(string Line, int Offset)> Lines(string text)
    {
        var lines = new List<(string, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[start..end].Trim();
            if (line.Length > 0)
            {
                lines.Add((WhiteSpace().Replace(line, " "), start + (text[start..end].Length - text[start..end].TrimStart().Length)));
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>Where the clause holding <paramref name="end"/> starts: after a bracket, a stop, a bullet or a blank line.</summary>
    private static int ClauseStart(string text, int end)
    {
        var limit = Math.Max(0, end - LookBack);
        for (var i = end - 1; i >= limit; i--)
        {
            var c = text[i];
            if (c is '(' or ')' or '[' or ']' or ';' or ':' or '!' or '?' or '\u2022'
                || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
                || (c == '\n' && text.AsSpan(limit, i - limit).TrimEnd(" \t").EndsWith("\n")))
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>Where each whitespace-separated word of text[from..to) starts.</summary>
    private static List<int> WordStarts(string text, int from, int to)
    {
        var starts = new List<int>();
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == from || char.IsWhiteSpace(text[i - 1])))
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    /// <summary>Words a long form of <paramref name="acronym"/> may have: small words and hyphen halves come on top of its letters.</summary>
    private static int MaxWords(string acronym) => acronym.Length * 2 + 2;

    /// <summary>
    /// The long form as printed on one line, without the quotes and punctuation around it, nor a possessive
    /// ("the Leicestershire County Council's (LCC) budget" defines "Leicestershire County Council").
    /// </summary>
    private static string Printed(string candidate) =>
        Possessive().Replace(LongForms.Clean(WhiteSpace().Replace(candidate.Trim(), " ").Trim()), "");

    [GeneratedRegex(@"\(\s*([A-Z][A-Za-z0-9&]{1,10})\s*\)")]
    private static partial Regex BracketedAcronym();

    [GeneratedRegex(@"\b([A-Z][A-Za-z0-9&]{1,10})\s*\(([^()\n]{3,120})\)")]
    private static partial Regex AcronymThenBracket();

    [GeneratedRegex(@"^([A-Z][A-Za-z0-9&]{1,10})(?:\s*[\u2013\u2014:=-]\s*|\s+(?:means|stands for|is short for)\s+|\s+)(.+?)\s*[.;,]?$")]
    private static partial Regex Row();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"['\u2019]s$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
