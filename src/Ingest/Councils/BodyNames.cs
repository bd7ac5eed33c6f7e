using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Councils;

/// <summary>
/// One name per body within a council (pure), so every document of a meeting files its records under one
/// meeting: a front sheet's "County Council" and the minutes' "Kent County Council" are the same full council
/// meeting, "CABINET" and "Cabinet" the same cabinet, "Transport &amp; Connectivity" and "Transport and
/// Connectivity" the same committee. The council's own name is taken off the front of a body ("Kent County
/// Council Cabinet" is the Cabinet), the words that say what kind of paper it is come off too ("Minutes of
/// the", "Agenda for the", "Special Meeting of the"), and a name in capitals is set in title case.
/// </summary>
internal static partial class BodyNames
{
    /// <summary>What councils call their full council besides the council's own name.</summary>
    private static readonly HashSet<string> FullCouncilNames = new(StringComparer.Ordinal) { "council", "full council", "the council" };

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    };

    /// <summary>The body's name as records carry it; <paramref name="council"/> may be unknown (null).</summary>
    public static string Normalise(string body, string? council)
    {
        var name = Ampersand().Replace(body, " and ");
        name = Regex.Replace(name, @"\s+", " ").Trim(' ', ',', ':', '-', '\u2013', '\u2014');
        name = PaperWords().Replace(name, "").Trim();
        if (council is { Length: > 0 })
        {
            name = WithoutCouncil(name, council);
        }

        return name.Length == 0 ? body.Trim() : TitleCase(name);
    }

    /// <summary>
    /// The body of the whole council: "County Council" for "Kent County Council", "Parish Council" for a parish
    /// council, "City Council" for "City of Alameda", else "Council".
    /// </summary>
    public static string FullCouncil(string council)
    {
        var words = council.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && words[1].Equals("of", StringComparison.OrdinalIgnoreCase) && CouncilKind().IsMatch(words[0]))
        {
            return TitleCase(words[0]) + " Council";
        }

        return words.Length >= 2 && words[^1].Equals("Council", StringComparison.OrdinalIgnoreCase)
               && CouncilKind().IsMatch(words[^2])
            ? TitleCase(words[^2]) + " Council"
            : "Council";
    }

    /// <summary>Case, spacing and punctuation do not tell two names apart.</summary>
    public static string Key(string name) => string.Join(' ', Words().Split(name.ToLowerInvariant()).Where(w => w.Length > 0));

    private static string WithoutCouncil(string name, string council)
    {
        var key = Key(name);
        var councilKey = Key(council);
        var fullCouncil = FullCouncil(council);
        if (key == councilKey || FullCouncilNames.Contains(key) || key == Key(fullCouncil))
        {
            return fullCouncil;
        }

        if (!key.StartsWith(councilKey + " ", StringComparison.Ordinal))
        {
            return name;
        }

        // Drop as many printed words as the council's name has, whatever punctuation stood between them.
        var skip = councilKey.Split(' ').Length;
        var rest = Regex.Replace(name, @"^(?:[^\p{L}\p{N}]*[\p{L}\p{N}'\u2019]+){" + skip + "}", "");
        rest = rest.TrimStart(' ', ',', ':', '-', '\u2013', '\u2014', '\'', '\u2019', 's').Trim();
        if (NamedAfterCouncil().IsMatch(rest))
        {
            // "West of England Combined Authority Committee" is that committee's whole name, not a committee of it.
            return name;
        }

        return rest.Length == 0 || FullCouncilNames.Contains(Key(rest)) ? fullCouncil : rest;
    }

    /// <summary>Each word capitalised but short joining words; words printed in capitals inside a mixed-case name (acronyms) stay.</summary>
    private static string TitleCase(string name)
    {
        var allCapitals = !name.Any(char.IsLower);
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = allCapitals ? words[i].ToLowerInvariant() : words[i];
            if (word.Length == 0 || (i > 0 && SmallWords.Contains(word) && (allCapitals || word == word.ToLowerInvariant())))
            {
                words[i] = allCapitals ? word : words[i];
                continue;
            }

            words[i] = char.ToUpperInvariant(word[0]) + word[1..];
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^(?:Committee|Board|Panel|Forum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedAfterCouncil();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s*&\s*")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"^(?:(?:draft|printed|unconfirmed|confirmed|signed)\s+)?(?:(?:minutes|agenda|notice|summons|proceedings|record)\s+(?:of|for)\s+(?:the\s+|a\s+)?(?:(?:special|extraordinary|ordinary|regular|annual|adjourned|reconvened|budget)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?|(?:(?:special|extraordinary|ordinary|regular|annual|adjourned|reconvened)\s+)?meeting\s+of\s+(?:the\s+)?|(?:special|extraordinary|ordinary|regular|annual|adjourned|reconvened)\s+meeting(?:\s+(?:agenda|minutes))?\s+|the\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex PaperWords();

    [GeneratedRegex(@"^(?:County|City|Borough|District|Parish|Town|Community|Township|Village)$", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilKind();
}
