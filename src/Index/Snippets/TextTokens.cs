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
}
