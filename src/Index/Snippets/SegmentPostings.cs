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

    /// <summary>
    /// Where each term sought is in the terms dictionary (null: not in the segment), so the hits after the first
    /// skip the dictionary lookup: a prefix word seeks up to 64 terms per hit.
    /// </summary>
    private readonly Dictionary<string, (BytesRef Bytes, TermState? State)> _states = new(StringComparer.Ordinal);

    private SegmentPostings(TermsEnum terms) => _terms = terms;

    /// <summary>Null when the field's postings have no offsets (an index written before they were stored).</summary>
    public static SegmentPostings? Open(AtomicReader segment, string field) =>
        segment.FieldInfos.FieldInfo(field)?.IndexOptions == Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
            ? new SegmentPostings(segment.GetTerms(field)?.GetEnumerator() ?? TermsEnum.EMPTY)
            : null;

    /// <summary>The term's positions and offsets in <paramref name="doc"/>, or null when the document lacks it.</summary>
    public DocsAndPositionsEnum? Seek(string term, int doc)
    {
        if (!_states.TryGetValue(term, out var known))
        {
            var bytes = new BytesRef(term);
            known = _states[term] = _terms.SeekExact(bytes) ? (bytes, _terms.GetTermState()) : (bytes, null);
        }

        if (known.State is null)
        {
            return null;
        }

        _terms.SeekExact(known.Bytes, known.State);
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
