using System.Text.RegularExpressions;

namespace AgendaSearch.Index.Snippets;

/// <summary>
/// One word of a query as a snippet matches it against the analysed text. Exact terms compare
/// with the stemmed token; prefix, wildcard and fuzzy patterns were typed as words and are not
/// stemmed by the parser, so they also try the word as printed ("strategies*" vs "strategi").
/// </summary>
internal sealed record TermPattern(string Key, TermPattern.Kind How, string Value, int MaxEdits = 0)
{
    internal enum Kind
    {
        Exact,
        Prefix,
        Wildcard,
        Fuzzy,
    }

    private Regex? _wildcard;

    /// <summary>Whether the word is matched on its printed form as well as on its term.</summary>
    public bool MatchesSurface => How != Kind.Exact;

    /// <summary>Whether a term, or a printed word lower-cased (see <see cref="MatchesSurface"/>), matches.</summary>
    public bool Matches(string word) => How switch
    {
        Kind.Exact => word == Value,
        Kind.Prefix => word.StartsWith(Value, StringComparison.Ordinal),
        Kind.Wildcard => WildcardRegex().IsMatch(word),
        Kind.Fuzzy => WithinEdits(word, Value, MaxEdits),
        _ => false,
    };

    private Regex WildcardRegex() => _wildcard ??= new Regex(
        "^" + Regex.Escape(Value).Replace(@"\*", ".*").Replace(@"\?", ".") + "$",
        RegexOptions.CultureInvariant);

    /// <summary>Levenshtein distance of at most <paramref name="max"/>, with an early length check.</summary>
    internal static bool WithinEdits(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= max;
    }
}
