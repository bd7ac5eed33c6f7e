using Lucene.Net.Analysis.En;
using System.Text;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// Whether words spell out an acronym: each of the acronym's letters is the first letter of the next word,
/// a digit run ("106" of "S106") is a word of its own, "&amp;" is "and" or "&amp;" (or nothing), and small words
/// (and, of, for, the ...) and the second half of a hyphenated word may stand between without a letter. Every
/// word must be used, so "(2024)" or "(see Appendix A)" never pass for definitions.
/// </summary>
internal static class LongForms
{
    /// <summary>Words a long form may carry without a letter in the acronym ("Special Educational Needs and Disabilities").</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "&", "of", "for", "the", "in", "on", "to", "or", "with", "a", "an", "at", "by",
    };

    /// <summary>A word of a long form; <see cref="Optional"/> when it needs no letter (a small word or a hyphen's second half).</summary>
    internal readonly record struct Word(string Text, bool Optional);

    /// <summary>
    /// Whether <paramref name="acronym"/> is shaped like one: two to ten characters starting with a capital, at
    /// least two capitals or a capital and a digit, and no more lower-case letters than capitals ("DfE", "CO2e").
    /// </summary>
    public static bool IsAcronym(string acronym)
    {
        if (acronym.Length is < 2 or > 10 || !char.IsAsciiLetterUpper(acronym[0]))
        {
            return false;
        }

        int upper = 0, lower = 0, digits = 0;
        foreach (var c in acronym)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                lower++;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c != '&')
            {
                return false;
            }
        }

        return (upper >= 2 || (upper == 1 && digits > 0)) && lower <= upper / 2;
    }

    /// <summary>The acronym without a plural "s" ("EHCPs" → "EHCP"); unchanged when it has none.</summary>
    public static string Singular(string printed) =>
        printed.Length > 2 && printed[^1] == 's' && (char.IsAsciiLetterUpper(printed[^2]) || char.IsAsciiDigit(printed[^2]))
            ? printed[..^1]
            : printed;

    /// <summary>The words of a long form, its hyphenated parts apart (the second and later parts optional).</summary>
    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (var raw in text.Split((char[])[' ', '\n', '\r', '\t', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = raw.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                var word = Clean(parts[i]);
                if (word.Length > 0)
                {
                    words.Add(new Word(word, i > 0 || SmallWords.Contains(word)));
                }
            }
        }

        return words;
    }

    /// <summary>Whether every word of <paramref name="longForm"/> is used to spell <paramref name="acronym"/> (see the type).</summary>
    public static bool Fits(string acronym, string longForm) => Fits(acronym, Words(longForm));

    public static bool Fits(string acronym, IReadOnlyList<Word> words)
    {
        var units = Units(acronym);
        return units.Count > 0 && words.Count > 0 && !words[0].Optional && Match(units, 0, words, 0);
    }

    /// <summary>The long form's words lower-cased and singular, "&amp;" as "and", punctuation dropped.</summary>
    public static string Key(string longForm)
    {
        var key = new StringBuilder(longForm.Length);
        foreach (var word in Words(longForm))
        {
            if (key.Length > 0)
            {
                key.Append(' ');
            }

            key.Append(word.Text == "&" ? "and" : SingularWord(word.Text.ToLowerInvariant()));
        }

        return key.ToString();
    }

    /// <summary>
    /// A plural word as its singular, roughly: "Authorities" and "Authority", "Schools" and "School" are one
    /// meaning ("Mayoral Strategic Authorities (MSA)" and "Mayoral Strategic Authority (MSA)").
    /// </summary>
    private static string SingularWord(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 3 } when word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
                             && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    /// <summary>
    /// The long form's words as a query keeps them: lower-cased, without English stop words ("and", "of", "not"),
    /// which the query parser drops, so "special educational needs and disability" typed matches the definition.
    /// </summary>
    public static string MatchKey(string text) =>
        string.Join(' ', Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !EnglishAnalyzer.DefaultStopSet.Contains(w)));

    /// <summary>A word without the punctuation and quotes around it.</summary>
    public static string Clean(string word) =>
        word.Trim('"', '\'', '\u2018', '\u2019', '\u201C', '\u201D', ',', ';', ':', '.', '(', ')', '[', ']', '*', '\u2022');

    /// <summary>The acronym as units: each letter, each digit run, each "&amp;".</summary>
    private static List<string> Units(string acronym)
    {
        var units = new List<string>();
        for (var i = 0; i < acronym.Length; i++)
        {
            if (char.IsAsciiDigit(acronym[i]))
            {
                var start = i;
                while (i + 1 < acronym.Length && char.IsAsciiDigit(acronym[i + 1]))
                {
                    i++;
                }

                units.Add(acronym[start..(i + 1)]);
            }
            else
            {
                units.Add(acronym[i].ToString());
            }
        }

        return units;
    }

    private static bool Match(List<string> units, int u, IReadOnlyList<Word> words, int w)
    {
        if (w == words.Count)
        {
            return u == units.Count || (u == units.Count - 1 && units[u] == "&");
        }

        var word = words[w];
        if (u < units.Count)
        {
            var unit = units[u];
            if (unit == "&")
            {
                if ((word.Text is "&" || word.Text.Equals("and", StringComparison.OrdinalIgnoreCase)) && Match(units, u + 1, words, w + 1))
                {
                    return true;
                }

                if (Match(units, u + 1, words, w))
                {
                    return true;
                }
            }
            else if (char.IsAsciiDigit(unit[0]) ? word.Text == unit : char.ToUpperInvariant(word.Text[0]) == char.ToUpperInvariant(unit[0]))
            {
                if (Match(units, u + 1, words, w + 1))
                {
                    return true;
                }
            }
        }

        return word.Optional && Match(units, u, words, w + 1);
    }
}
