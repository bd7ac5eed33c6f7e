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
/// printed word starts so though its stem "strategi" does not);</item>
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

    private readonly Dictionary<AtomicReader, (SegmentPostings? Postings, List<string>? Terms)> _segments = [];

    /// <summary>Whether a word matches on its printed form too, which needs the text.</summary>
    public bool NeedsSurface { get; } = terms.Words.Exists(w => w.How != TermPattern.Kind.Exact);

    /// <summary>One list for every hit of the search: a long report gives hundreds of tokens per hit.</summary>
    private readonly List<TextToken> _fromPostings = [];

    /// <summary>
    /// The tokens, in no set order, and the whole text when <see cref="NeedsSurface"/> (else ""). The list is
    /// only good until the next call.
    /// </summary>
    public (List<TextToken> Tokens, string Text) Find(StoredText stored, AtomicReader? segment, int doc)
    {
        if (segment is not null && Segment(segment) is { Postings: { } postings, Terms: { } candidates })
        {
            var tokens = _fromPostings;
            tokens.Clear();
            TextTokens.FromPostings(postings, doc, candidates, tokens);
            if (!NeedsSurface)
            {
                return (tokens, "");
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
        return (TextTokens.Analyse(analyzer, FieldNames.Text, whole, NeedsSurface ? null : _exactTerms), whole);
    }

    /// <summary>The segment's postings and the terms to read there (null: analyse instead).</summary>
    private (SegmentPostings? Postings, List<string>? Terms) Segment(AtomicReader segment)
    {
        if (_segments.TryGetValue(segment, out var known))
        {
            return known;
        }

        var postings = SegmentPostings.Open(segment, FieldNames.Text);
        List<string>? candidates = postings is null || terms.Words.Exists(w => w.How is not (TermPattern.Kind.Exact or TermPattern.Kind.Prefix))
            ? null
            : [.. _exactTerms];
        foreach (var prefix in terms.Words.Where(w => w.How == TermPattern.Kind.Prefix))
        {
            candidates = postings?.StartingWith(prefix.Value, MaxPrefixTerms) is { } starting && candidates is not null
                ? [.. candidates.Union(starting)]
                : null;
        }

        return _segments[segment] = (postings, candidates);
    }
}
