using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// The records that print a meaning of an acronym, found through its definition terms. The page of each is where
/// the record first prints the acronym, which is where papers define it (the definition's offset is not indexed:
/// only the few places shown need it, and finding a word is far cheaper than reading the definitions again).
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

    /// <summary>Where <paramref name="word"/> first stands in <paramref name="text"/> as a word of its own (or with a plural "s"); -1 if nowhere.</summary>
    internal static int FirstWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (end < text.Length && text[end] == 's')
            {
                end++;
            }

            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    private static GlossaryPlace Place(AtomicReader segment, int doc, AcronymMeaning meaning)
    {
        var record = RecordDocument.Hit(segment, doc);
        var text = RecordDocument.Text(segment, doc).ToString();
        var at = FirstWord(text, meaning.Acronym);
        var page = at < 0 ? (record.Pages.Length > 0 ? record.Pages[0] : (int?)null) : SnippetBuilder.PageAt(record, at);
        return new GlossaryPlace(record.Id, record.PackId, page, record.Title);
    }
}
