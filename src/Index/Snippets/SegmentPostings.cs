using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Snippets;

/// <summary>
/// The text field's terms and postings of one segment, kept for the hits of one search in that segment: the
/// terms enumerator is made once, and each term keeps its own positions enumerator, which moves forward from
/// hit to hit. Hits taken in document order (RecordSearcher builds snippets that way) thus read each term's
/// postings once, instead of seeking the term and setting up its skip list again for every hit (the skip
/// list's set-up cloned the postings file's input each time, an eighth of a two-word search's CPU). Not
/// thread-safe: one search uses it.
/// </summary>
internal sealed class SegmentPostings
{
    private readonly TermsEnum _terms;
    private readonly Dictionary<string, TermPositions> _positions = new(StringComparer.Ordinal);

    private SegmentPostings(TermsEnum terms) => _terms = terms;

    /// <summary>Null when the field's postings have no offsets (an index written before they were stored).</summary>
    public static SegmentPostings? Open(AtomicReader segment, string field) =>
        segment.FieldInfos.FieldInfo(field)?.IndexOptions == Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
            ? new SegmentPostings(segment.GetTerms(field)?.GetEnumerator() ?? TermsEnum.EMPTY)
            : null;

    /// <summary>
    /// The term's positions and offsets in <paramref name="doc"/> (positioned before its first position), or
    /// null when the document lacks it. Cheapest when a term is asked for in increasing documents.
    /// </summary>
    public DocsAndPositionsEnum? Seek(string term, int doc)
    {
        if (!_positions.TryGetValue(term, out var known) || known.MustRestartFor(doc))
        {
            // First use of the term, a document behind where its enumerator stands, or one whose positions were
            // read already: start over. (Standing on the document after a miss on an earlier hit is not a restart.)
            known = _positions[term] = new TermPositions(_terms.SeekExact(new BytesRef(term))
                ? _terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS)
                : null);
        }

        if (known.Positions is not { } positions)
        {
            return null;
        }

        var at = positions.DocID < doc ? positions.Advance(doc) : positions.DocID;
        if (at != doc)
        {
            return null;
        }

        known.Read = doc;
        return positions;
    }

    /// <summary>One term's enumerator and the document whose positions it last handed out.</summary>
    private sealed class TermPositions(DocsAndPositionsEnum? positions)
    {
        public DocsAndPositionsEnum? Positions { get; } = positions;

        public int Read { get; set; } = -1;

        public bool MustRestartFor(int doc) =>
            Positions is not null && (Positions.DocID > doc || (Positions.DocID == doc && Read == doc));
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
