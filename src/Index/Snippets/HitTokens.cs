using AgendaSearch.Index.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace AgendaSearch.Index.Snippets;

/// <summary>
/// The tokens of a hit's text a snippet needs, read as cheaply as the query allows (one instance per search):
/// <list type="bullet">
/// <item>exact words and phrases: their terms' positions and offsets from the postings, no text read;</item>
/// <item>prefix words: the postings of every term of the segment with the prefix, plus the whitespace runs
/// of the text holding the prefix analysed on their own (a word typed "strategies*" also marks where the
/// printed word starts so though its stem "strategi" does not), unless every printed word of the segment
/// with the prefix has a stem with it too;</item>
/// <item>wildcard and fuzzy words, too many prefix terms, or an index without offsets: the whole text analysed.</item>
/// </list>
/// Every token that can match a query word is in the list, so the snippet is the one the whole analysis gives.
/// </summary>
internal sealed class HitTokens(Analyzer analyzer, QueryTerms terms)
{
    /// <summary>More terms than this under one prefix cost more to look up per hit than analysing the text.</summary>
    private const int MaxPrefixTerms = 64;

    private readonly HashSet<string> _exactTerms = new(
        terms.Words.Where(w => w.How == TermPattern.Kind.Exact).Select(w => w.Value).Concat(terms.Phrases.SelectMany(p => p.Terms)),
        StringComparer.Ordinal);

    private readonly Dictionary<AtomicReader, (SegmentPostings? Postings, List<string>? Terms, bool NeedsText)> _segments = [];

    /// <summary>Whether a word matches on its printed form too, which may need the text.</summary>
    private readonly bool _needsSurface = terms.Words.Exists(w => w.How != TermPattern.Kind.Exact);

    /// <summary>One list for every hit of the search: a long report gives hundreds of tokens per hit.</summary>
    private readonly List<TextToken> _fromPostings = [];

    /// <summary>
    /// The tokens, in no set order, and the whole text when a word must also be matched on printed forms the
    /// postings do not show (else null). The list is only good until the next call.
    /// </summary>
    public (List<TextToken> Tokens, string? Text) Find(StoredText stored, AtomicReader? segment, int doc)
    {
        if (segment is not null && Segment(segment) is { Postings: { } postings, Terms: { } candidates } read)
        {
            var tokens = _fromPostings;
            tokens.Clear();
            TextTokens.FromPostings(postings, doc, candidates, tokens);
            if (!read.NeedsText)
            {
                return (tokens, null);
            }

            var text = stored.ToString();
            var lowered = text.ToLowerInvariant();
            var known = tokens.Select(t => t.Start).ToHashSet();
            var runs = new HashSet<int>();
            foreach (var prefix in terms.Words.Where(w => w.How == TermPattern.Kind.Prefix))
            {
                tokens.AddRange(TextTokens.AroundEach(analyzer, FieldNames.Text, text, lowered, prefix.Value, runs, known).Where(t => known.Add(t.Start)));
            }

            return (tokens, text);
        }

        var whole = stored.ToString();
        return (TextTokens.Analyse(analyzer, FieldNames.Text, whole, _needsSurface ? null : _exactTerms), whole);
    }

    /// <summary>
    /// The segment's postings, the terms to read there (null: analyse instead), and whether the text must be
    /// read for printed forms as well.
    /// </summary>
    private (SegmentPostings? Postings, List<string>? Terms, bool NeedsText) Segment(AtomicReader segment)
    {
        if (_segments.TryGetValue(segment, out var known))
        {
            return known;
        }

        var postings = SegmentPostings.Open(segment, FieldNames.Text);
        List<string>? candidates = postings is null || terms.Words.Exists(w => w.How is not (TermPattern.Kind.Exact or TermPattern.Kind.Prefix))
            ? null
            : [.. _exactTerms];
        var prefixes = terms.Words.Where(w => w.How == TermPattern.Kind.Prefix).ToList();
        foreach (var prefix in prefixes)
        {
            candidates = postings?.StartingWith(prefix.Value, MaxPrefixTerms) is { } starting && candidates is not null
                ? [.. candidates.Union(starting)]
                : null;
        }

        var needsText = _needsSurface && !prefixes.TrueForAll(p => StemsKeepPrefix(segment, p.Value));
        return _segments[segment] = (postings, candidates, needsText);
    }

    /// <summary>
    /// Whether every word of the segment's text that starts with <paramref name="prefix"/> as printed (its
    /// unstemmed terms) has a stem that starts with it too ("consultation" → "consult", unlike "strategies" →
    /// "strategi"). Then every token whose printed form matches is already among the postings' tokens, and the
    /// text need not be read and searched for the prefix (most of a prefix query's snippet cost).
    /// </summary>
    private bool StemsKeepPrefix(AtomicReader segment, string prefix)
    {
        if (segment.GetTerms(FieldNames.TextWords)?.GetEnumerator() is not { } printed
            || SegmentPostings.StartingWith(printed, prefix, MaxPrefixTerms) is not { } words)
        {
            return false;
        }

        return words.TrueForAll(word => TextTokens.Analyse(analyzer, FieldNames.Text, word) is [var stem] && stem.Term.StartsWith(prefix, StringComparison.Ordinal));
    }
}
