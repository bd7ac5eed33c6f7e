using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace AgendaSearch.Index.Analysis;

/// <summary>
/// The whole value as one lower-cased token: how the exact key fields (type, year, body and
/// officer keys) are written, so "type:Minute" typed in a query finds "minute".
/// </summary>
internal sealed class KeyAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(IndexAnalyzers.Version, tokenizer));
    }

    public static string Normalise(string value) => value.Trim().ToLowerInvariant();
}
