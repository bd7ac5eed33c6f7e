using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Util;

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
    /// The tokens of <paramref name="terms"/> in document <paramref name="doc"/> of a segment, read from the
    /// postings (positions and offsets stored at index time) instead of analysing the text again: the same
    /// list <see cref="Analyse"/> gives with <c>only</c>, in position order. Null when the segment's postings
    /// have no offsets (an index written before they were stored), so the caller analyses instead.
    /// </summary>
    public static List<TextToken>? FromPostings(AtomicReader reader, int doc, string field, IEnumerable<string> terms)
    {
        if (reader.FieldInfos.FieldInfo(field) is not { } info
            || info.IndexOptions != Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)
        {
            return null;
        }

        var tokens = new List<TextToken>();
        var termsEnum = reader.GetTerms(field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return tokens;
        }

        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            var postings = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (postings is null || postings.Advance(doc) != doc)
            {
                continue;
            }

            for (var i = postings.Freq; i > 0; i--)
            {
                var position = postings.NextPosition();
                tokens.Add(new TextToken(term, postings.StartOffset, postings.EndOffset, position));
            }
        }

        tokens.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Start.CompareTo(b.Start));
        return tokens;
    }
}
