using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Snippets;

/// <summary>
/// The text field's terms and postings of one segment, kept for the hits of one search in that segment so
/// the terms enumerator and the positions enumerator are made once, not per hit and term. Not thread-safe:
/// one search uses it.
/// </summary>
internal sealed class SegmentPostings
{
    private readonly TermsEnum _terms;
    private DocsAndPositionsEnum? _positions;

    private SegmentPostings(TermsEnum terms) => _terms = terms;

    /// <summary>Null when the field's postings have no offsets (an index written before they were stored).</summary>
    public static SegmentPostings? Open(AtomicReader segment, string field) =>
        segment.FieldInfos.FieldInfo(field)?.IndexOptions == Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
            ? new SegmentPostings(segment.GetTerms(field)?.GetEnumerator() ?? TermsEnum.EMPTY)
            : null;

    /// <summary>The term's positions and offsets in <paramref name="doc"/>, or null when the document lacks it.</summary>
    public DocsAndPositionsEnum? Seek(string term, int doc)
    {
        if (!_terms.SeekExact(new BytesRef(term)))
        {
            return null;
        }

        _positions = _terms.DocsAndPositions(null, _positions, DocsAndPositionsFlags.OFFSETS);
        return _positions is not null && _positions.Advance(doc) == doc ? _positions : null;
    }

    /// <summary>
    /// The segment's terms that start with <paramref name="prefix"/>, in term order; null when there are
    /// more than <paramref name="max"/>.
    /// </summary>
    public List<string>? StartingWith(string prefix, int max) => StartingWith(_terms, prefix, max);

    /// <summary>The terms of <paramref name="terms"/> (any field's) that start with <paramref name="prefix"/>, as above.</summary>
    public static List<string>? StartingWith(TermsEnum terms, string prefix, int max)
    {
        var found = new List<string>();
        var bytes = new BytesRef(prefix);
        if (terms.SeekCeil(bytes) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        do
        {
            if (!StringHelper.StartsWith(terms.Term, bytes))
            {
                break;
            }

            if (found.Count == max)
            {
                return null;
            }

            found.Add(terms.Term.Utf8ToString());
        }
        while (terms.MoveNext());

        return found;
    }
}
