using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AgendaSearch.Index.Snippets;

internal static class TextTokens
{
    /// <summary>The tokens of <paramref name="text"/> as the index sees <paramref name="field"/>.</summary>
    public static List<TextToken> Analyse(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<TextToken>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new TextToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }
}
