using System.Text;
using AgendaSearch.Index.Documents;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace AgendaSearch.Index.Snippets;

/// <summary>
/// The best passage of a record's text for a query, without the Highlighter package: the tokens
/// matching the query's words and phrases are found with their offsets (from the index's postings
/// where it can, else by analysing the text with the index analyzer, see <see cref="HitTokens"/>), and
/// the ~200-character window holding the most distinct matches is cut at word boundaries,
/// HTML-escaped, with matches in &lt;mark&gt; and … at cut ends. The page cited is the physical page
/// where the window starts (via PageStarts).
/// </summary>
internal sealed class SnippetBuilder(Analyzer analyzer, QueryTerms terms)
{
    public const int Window = 200;

    /// <summary>Context kept before the first match so it does not open the snippet cold.</summary>
    private const int Lead = 40;

    private readonly HitTokens _tokens = new(analyzer, terms);

    /// <summary>One list for every hit of the search (a snippet builder serves one search).</summary>
    private readonly List<(int Start, int End, string Key)> _matches = [];

    public Snippet Build(SearchRecord record) => Build(record, StoredText.Of(record.Text), null, 0);

    /// <summary>
    /// The snippet of a hit that is document <paramref name="doc"/> of <paramref name="segment"/>: exact words
    /// and phrases are found from the segment's postings (offsets) when it has them, without analysing the
    /// text, and only the part of <paramref name="text"/> the snippet shows is read.
    /// </summary>
    public Snippet Build(SearchRecord record, StoredText text, AtomicReader? segment, int doc)
    {
        var matches = terms.IsEmpty ? [] : FindMatches(text, segment, doc);
        var (start, end) = ChooseWindow(text, matches, record.PageStarts);
        var html = Render(text, start, end, matches);
        return new Snippet(html, PageAt(record, start));
    }

    /// <summary>The physical page holding <paramref name="offset"/> of the record's text.</summary>
    public static int? PageAt(SearchRecord record, int offset)
    {
        if (record.Pages.Length == 0)
        {
            return null;
        }

        var index = 0;
        for (var i = 1; i < record.PageStarts.Count && record.PageStarts[i] <= offset; i++)
        {
            index = i;
        }

        return Math.Min(record.Pages[0] + index, record.Pages[^1]);
    }

    /// <summary>The matches in text order, the longest of overlapping ones; only good until the next call.</summary>
    internal List<(int Start, int End, string Key)> FindMatches(StoredText stored, AtomicReader? segment, int doc)
    {
        var (tokens, text) = _tokens.Find(stored, segment, doc);
        var found = _matches;
        found.Clear();
        foreach (var token in tokens)
        {
            string? surface = null;
            foreach (var word in terms.Words)
            {
                if (word.Matches(token.Term)
                    || (text is not null && word.MatchesSurface && word.Matches(surface ??= text[token.Start..token.End].ToLowerInvariant())))
                {
                    found.Add((token.Start, token.End, word.Key));
                    break;
                }
            }
        }

        if (terms.Phrases.Count > 0)
        {
            FindPhrases(tokens, found);
        }

        // A phrase covers the single words inside it: keep the longest of overlapping matches.
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (kept == 0 || found[i].Start >= found[kept - 1].End)
            {
                found[kept++] = found[i];
            }
        }

        found.RemoveRange(kept, found.Count - kept);
        return found;
    }

    /// <summary>Adds each place where a phrase's terms stand at their relative positions.</summary>
    private void FindPhrases(List<TextToken> tokens, List<(int Start, int End, string Key)> found)
    {
        var byPosition = new Dictionary<int, TextToken>(tokens.Count);
        // Tokens found by analysing a run of the text alone have no position (-1) and no phrase term.
        foreach (var token in tokens)
        {
            if (token.Position >= 0)
            {
                byPosition.TryAdd(token.Position, token);
            }
        }

        foreach (var (key, phraseTerms, offsets) in terms.Phrases)
        {
            foreach (var first in tokens)
            {
                if (first.Position < 0 || first.Term != phraseTerms[0])
                {
                    continue;
                }

                var last = first;
                var complete = true;
                for (var i = 1; i < phraseTerms.Length && complete; i++)
                {
                    complete = byPosition.TryGetValue(first.Position + offsets[i], out last) && last.Term == phraseTerms[i];
                }

                if (complete)
                {
                    found.Add((first.Start, last.End, key));
                }
            }
        }
    }

    /// <summary>
    /// The window starts a little before its first match, but not before the page that match is
    /// on, so the page the snippet cites (where it starts) is the page of the match.
    /// </summary>
    private static (int Start, int End) ChooseWindow(StoredText text, List<(int Start, int End, string Key)> matches, IReadOnlyList<int> pageStarts)
    {
        if (matches.Count == 0)
        {
            return (0, CutBack(text, Math.Min(text.Length, Window)));
        }

        // Two pointers over the matches: window [i, j) holds the matches ending within Window of match i.
        var best = 0;
        var bestScore = -1;
        var keys = new Dictionary<string, int>();
        var j = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            for (; j < matches.Count && (j == i || matches[j].End <= matches[i].Start + Window); j++)
            {
                keys[matches[j].Key] = keys.GetValueOrDefault(matches[j].Key) + 1;
            }

            var score = keys.Count * 1000 + (j - i);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }

            if (--keys[matches[i].Key] == 0)
            {
                keys.Remove(matches[i].Key);
            }
        }

        var first = matches[best].Start;
        var pageStart = 0;
        foreach (var p in pageStarts)
        {
            if (p <= first)
            {
                pageStart = Math.Max(pageStart, p);
            }
        }

        var start = CutForward(text, Math.Max(pageStart, first - Lead), first);
        var end = Math.Min(text.Length, start + Window);
        end = Math.Max(CutBack(text, end), Math.Min(matches[best].End, text.Length));
        return (start, end);
    }

    /// <summary>Moves a cut at <paramref name="at"/> forward to a word start, not past <paramref name="limit"/>.</summary>
    private static int CutForward(StoredText text, int at, int limit)
    {
        if (at == 0 || char.IsWhiteSpace(text[at - 1]))
        {
            return at;
        }

        while (at < limit && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return Math.Min(at + 1, limit);
    }

    /// <summary>Moves an end cut back to the end of a whole word (unless the word is the whole window).</summary>
    private static int CutBack(StoredText text, int at)
    {
        var cut = at;
        while (cut > 0 && cut < text.Length && !char.IsWhiteSpace(text[cut]))
        {
            cut--;
        }

        return cut == 0 ? at : cut;
    }

    private static string Render(StoredText text, int start, int end, List<(int Start, int End, string Key)> matches)
    {
        var html = new StringBuilder(end - start + 64);
        if (start > 0)
        {
            html.Append('\u2026');
        }

        var at = start;
        foreach (var match in matches)
        {
            if (match.Start < start || match.End > end)
            {
                continue;
            }

            AppendEscaped(html, text, at, match.Start);
            html.Append("<mark>");
            AppendEscaped(html, text, match.Start, match.End);
            html.Append("</mark>");
            at = match.End;
        }

        AppendEscaped(html, text, at, end);
        if (end < text.Length)
        {
            html.Append('\u2026');
        }

        return html.ToString().Trim();
    }

    /// <summary>Escapes text[from..to] for HTML, with line breaks and runs of space as one space.</summary>
    private static void AppendEscaped(StringBuilder html, StoredText text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (html.Length > 0 && html[^1] != ' ')
                {
                    html.Append(' ');
                }

                continue;
            }

            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                html.Append(c);
            }
            else
            {
                html.Append(entity);
            }
        }
    }
}
