using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AgendaSearch.Index.Snippets;

internal static class TextTokens
{
    /// <summary>
    /// The tokens of <paramref name="text"/> as the index sees <paramref name="field"/>; with
    /// <paramref name="only"/>, just the tokens whose term is in it (positions still count every token).
    /// Keeping only the query's terms matters for speed: a long report has thousands of tokens, and a
    /// list of all of them per hit was most of a search's allocations (bench/run search profile).
    /// </summary>
    public static List<TextToken> Analyse(Analyzer analyzer, string field, string text, HashSet<string>? only = null)
    {
        var tokens = new List<TextToken>();
        var lookup = only?.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (lookup is not { } known)
            {
                tokens.Add(new TextToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
            }
            else if (known.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var value))
            {
                tokens.Add(new TextToken(value, offset.StartOffset, offset.EndOffset, position));
            }
        }

        stream.End();
        return tokens;
    }

    /// <summary>
    /// Adds the tokens of <paramref name="terms"/> in document <paramref name="doc"/> of a segment to
    /// <paramref name="tokens"/>, read from the postings (positions and offsets stored at index time) instead of
    /// analysing the text again: the tokens <see cref="Analyse"/> gives with <c>only</c>, term by term and in
    /// position order within a term (the snippet sorts its matches instead, once).
    /// </summary>
    public static void FromPostings(SegmentPostings postings, int doc, IEnumerable<string> terms, List<TextToken> tokens)
    {
        foreach (var term in terms)
        {
            if (postings.Seek(term, doc) is not { } positions)
            {
                continue;
            }

            tokens.EnsureCapacity(tokens.Count + positions.Freq);
            for (var i = positions.Freq; i > 0; i--)
            {
                var position = positions.NextPosition();
                tokens.Add(new TextToken(term, positions.StartOffset, positions.EndOffset, position));
            }
        }
    }

    /// <summary>
    /// The tokens of the whitespace-delimited runs of <paramref name="text"/> that contain
    /// <paramref name="lowered"/>[at..] = <paramref name="part"/>, analysed on their own: the tokenizer never
    /// joins across white space and every filter works token by token, so a run gives the tokens (and offsets)
    /// the whole text would. Positions are unknown (-1). Runs in <paramref name="done"/> are skipped, and so is
    /// an occurrence where a token of <paramref name="known"/> starts (the token there is already listed).
    /// </summary>
    public static IEnumerable<TextToken> AroundEach(
        Analyzer analyzer, string field, string text, string lowered, string part, HashSet<int> done, IReadOnlySet<int> known)
    {
        for (var at = lowered.IndexOf(part, StringComparison.Ordinal); at >= 0; at = lowered.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            if (known.Contains(at))
            {
                continue;
            }

            var start = at;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = at;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (!done.Add(start))
            {
                continue;
            }

            foreach (var token in Analyse(analyzer, field, text[start..end]))
            {
                yield return token with { Start = token.Start + start, End = token.End + start, Position = -1 };
            }
        }
    }
}
