using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace AgendaSearch.Index.Analysis;

/// <summary>
/// Words of a person's or a body's name, lower-cased, without stemming. English stop words are
/// dropped as in the text fields: the query parser searches names beside title and text, and a
/// stop word kept here ("the", "of") would become a required clause that only names can match.
/// Also the analyzer of the unstemmed title and text words (title_words, text_words). Parts of dotted words
/// are added as in the text (<see cref="WordPartsFilter"/>).
/// </summary>
internal sealed class NameAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexAnalyzers.Version, reader);
        TokenStream stream = new LowerCaseFilter(IndexAnalyzers.Version, new WordPartsFilter(tokenizer));
        stream = new StopFilter(IndexAnalyzers.Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
