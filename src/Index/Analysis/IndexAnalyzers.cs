using AgendaSearch.Index.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Analysis;

/// <summary>
/// The one analyzer used for indexing, query parsing, snippets and MoreLikeThis, so a word is
/// cut and stemmed the same way everywhere: English stemming for title and text, plain
/// lower-cased words for names (no stemming: "Hunt" must not match "hunting"), one lower-cased
/// token for the exact key fields. The title and text are indexed a second time unstemmed
/// (title_words, text_words) for prefix, wildcard and fuzzy terms, which the parser cannot stem:
/// "warehous*" must find "warehousing", whose stem is "wareh".
/// </summary>
internal static class IndexAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create()
    {
        var english = new EnglishTextAnalyzer();
        var names = new NameAnalyzer();
        var keys = new KeyAnalyzer();
        return new PerFieldAnalyzerWrapper(keys, new Dictionary<string, Analyzer>
        {
            [FieldNames.Title] = english,
            [FieldNames.Text] = english,
            [FieldNames.TitleWords] = names,
            [FieldNames.TextWords] = names,
            [FieldNames.Body] = names,
            [FieldNames.Officer] = names,
            [FieldNames.ReportBy] = names,
            [FieldNames.AskedBy] = names,
            [FieldNames.AnsweredBy] = names,
        });
    }
}
