using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace AgendaSearch.Index.Analysis;

/// <summary>
/// Lucene's EnglishAnalyzer (standard tokenizer, possessives, lower case, stop words, Porter stemming)
/// with the parts of dotted and apostrophised words added (<see cref="WordPartsFilter"/>), so the words
/// inside an e-mail address, a web address or a name such as "O'Donnell" are findable like any other.
/// </summary>
internal sealed class EnglishTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexAnalyzers.Version, reader);
        TokenStream stream = new StandardFilter(IndexAnalyzers.Version, tokenizer);
        stream = new EnglishPossessiveFilter(IndexAnalyzers.Version, stream);
        stream = new WordPartsFilter(stream);
        stream = new LowerCaseFilter(IndexAnalyzers.Version, stream);
        stream = new StopFilter(IndexAnalyzers.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
