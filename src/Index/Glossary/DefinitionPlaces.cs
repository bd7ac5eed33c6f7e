using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// The records that print a meaning of an acronym, found through its definition terms; the page of each is
/// found by reading the definition again in the record's text (its offset is not indexed, and only the few
/// places shown need it).
/// </summary>
internal static class DefinitionPlaces
{
    /// <summary>At most <paramref name="max"/> records defining <paramref name="meaning"/>, in index order.</summary>
    public static List<GlossaryPlace> Find(IndexReader reader, AcronymMeaning meaning, int max)
    {
        var places = new List<GlossaryPlace>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetTerms(FieldNames.Definition)?.GetEnumerator() is not { } terms)
            {
                continue;
            }

            foreach (var term in meaning.Terms)
            {
                if (!terms.SeekExact(new BytesRef(term)))
                {
                    continue;
                }

                var docs = terms.Docs(segment.LiveDocs, null, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (places.Count == max)
                    {
                        return places;
                    }

                    places.Add(Place(segment, doc, meaning));
                }
            }
        }

        return places;
    }

    private static GlossaryPlace Place(AtomicReader segment, int doc, AcronymMeaning meaning)
    {
        var record = RecordDocument.Hit(segment, doc);
        var text = RecordDocument.Text(segment, doc).ToString();
        var definition = DefinitionExtractor.Extract(text).FirstOrDefault(d => d.Acronym == meaning.Acronym && d.Key == meaning.Key);
        var page = definition is null ? (record.Pages.Length > 0 ? record.Pages[0] : (int?)null) : SnippetBuilder.PageAt(record, definition.Offset);
        return new GlossaryPlace(record.Id, record.PackId, page, record.Title);
    }
}
