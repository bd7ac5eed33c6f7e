using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Querying;
using AgendaSearch.Index.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// Rewrites a parsed query so an acronym also finds its long form and a long form its acronym, each meaning kept
/// to the council that gives it: a word typed as an acronym ("MTFS") becomes MTFS OR (council X AND "Medium Term
/// Financial Strategy") OR (council Y AND its meaning there) ...; words or a quoted phrase spelling a known long
/// form also match the acronym printed in capitals in that council's records. A built-in meaning applies in every
/// council whose papers do not give the acronym another one. Words with a field (title:MTFS), excluded words and
/// a quoted acronym are left as typed. An acronym typed in lower case expands only when it cannot be a word (no
/// vowel, or a digit: "mtfs", "s106") or the records print it in capitals only ("cil"), so "send" stays the verb.
/// </summary>
internal sealed class AcronymExpansion
{
    private readonly IndexGlossary _glossary;
    private readonly IReadOnlyDictionary<Query, TypedText> _typed;
    private readonly IReadOnlyList<string> _councils;
    private readonly Analyzer _analyzer;
    private readonly IndexReader _reader;
    private readonly List<QueryExpansion> _applied = [];
    private readonly Dictionary<Query, QueryExpansion> _clauses = new(ReferenceEqualityComparer.Instance);

    private AcronymExpansion(IndexReader reader, Analyzer analyzer, IReadOnlyDictionary<Query, TypedText> typed, IReadOnlyList<string> councils)
    {
        _reader = reader;
        _glossary = IndexGlossary.For(reader);
        _typed = typed;
        _councils = councils;
        _analyzer = analyzer;
    }

    /// <summary>
    /// How a parsed query is expanded against the glossary of <paramref name="reader"/>, within
    /// <paramref name="councils"/> (none: every council): what <see cref="RankedQuery"/> applies to the typed
    /// query, the relaxed one too.
    /// </summary>
    public static RankedQuery.Expander For(IndexReader reader, Analyzer analyzer, IReadOnlyList<string> councils) =>
        (query, typed) =>
        {
            if (typed.Count == 0)
            {
                return new ExpandedQuery(query, [], new Dictionary<Query, QueryExpansion>());
            }

            var expansion = new AcronymExpansion(reader, analyzer, typed, councils);
            var expanded = expansion.Rewrite(query);
            return new ExpandedQuery(expanded, expansion._applied, expansion._clauses);
        };

    private Query Rewrite(Query query)
    {
        if (_typed.TryGetValue(query, out var typed))
        {
            return typed.Quoted ? FromLongForm(query, typed.Text) : FromAcronym(query, typed.Text);
        }

        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        var rewritten = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        var clauses = boolean.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (LongestLongForm(clauses, i) is { } run)
            {
                var words = new BooleanQuery(disableCoord: true);
                for (var k = i; k < run.End; k++)
                {
                    words.Add(clauses[k].Query, Occur.MUST);
                }

                var longForm = FromLongForm(words, run.Text);
                // The words as the long form's phrase rank a record spelling it out above one with the words apart.
                if (longForm is BooleanQuery either && LongFormQuery(run.Text) is { } phrase)
                {
                    either.Add(phrase, Occur.SHOULD);
                }

                rewritten.Add(longForm, Occur.MUST);
                i = run.End - 1;
                continue;
            }

            var clause = clauses[i];
            rewritten.Add(clause.IsProhibited ? clause.Query : Rewrite(clause.Query), clause.Occur);
        }

        return rewritten;
    }

    /// <summary>The longest run of required words from <paramref name="start"/> (two or more) that spells a known long form.</summary>
    private (int End, string Text)? LongestLongForm(IList<BooleanClause> clauses, int start)
    {
        var words = new List<string>();
        (int, string)? longest = null;
        for (var k = start; k < clauses.Count && clauses[k].Occur == Occur.MUST && _typed.TryGetValue(clauses[k].Query, out var typed) && !typed.Quoted; k++)
        {
            words.Add(typed.Text);
            var text = string.Join(' ', words);
            if (words.Count >= 2 && Meanings(_glossary.OfLongForm(LongForms.MatchKey(text))).Count > 0)
            {
                longest = (k + 1, text);
            }
        }

        return longest;
    }

    /// <summary>A word typed as an acronym: it, or in each council the long forms it means there.</summary>
    private Query FromAcronym(Query typed, string text)
    {
        var acronym = GlossaryFields.Typed(text);
        if (!LongForms.IsAcronym(acronym))
        {
            acronym = _glossary.AcronymSpelled(acronym) is { } known && (CannotBeWord(acronym) || OnlyInCapitals(known)) ? known : "";
        }

        var meanings = Meanings(_glossary.OfAcronym(acronym));
        if (meanings.Count == 0)
        {
            return typed;
        }

        // The acronym printed otherwise ("S.106" for "S106") is the same acronym in any council.
        var expanded = new BooleanQuery(disableCoord: true) { { typed, Occur.SHOULD }, { new TermQuery(new Term(FieldNames.Acronym, meanings[0].Acronym)), Occur.SHOULD } };
        foreach (var meaning in meanings)
        {
            if (LongFormQuery(meaning.LongForm) is { } longForm)
            {
                Add(expanded, Scoped(longForm, meaning), meaning, fromLongForm: false);
            }
        }

        return expanded;
    }

    /// <summary>Words or a phrase spelling a long form: them, or in each council giving it the acronym printed in capitals.</summary>
    private Query FromLongForm(Query typed, string text)
    {
        var meanings = Meanings(_glossary.OfLongForm(LongForms.MatchKey(text)));
        if (meanings.Count == 0)
        {
            return typed;
        }

        var expanded = new BooleanQuery(disableCoord: true) { { typed, Occur.SHOULD } };
        foreach (var meaning in meanings)
        {
            var acronym = new BooleanQuery { { new TermQuery(new Term(FieldNames.Acronym, meaning.Acronym)), Occur.MUST } };
            // Scores nothing the capitals did not match, but names the text's term, so a snippet marks the acronym.
            if (Analysed(FieldNames.Text, meaning.Acronym) is [var stem])
            {
                acronym.Add(new TermQuery(new Term(FieldNames.Text, stem)), Occur.SHOULD);
            }

            Add(expanded, Scoped(acronym, meaning), meaning, fromLongForm: true);
        }

        return expanded;
    }

    private void Add(BooleanQuery expanded, Query clause, AcronymMeaning meaning, bool fromLongForm)
    {
        expanded.Add(clause, Occur.SHOULD);
        var applied = new QueryExpansion(meaning.Acronym, meaning.LongForm, meaning.Council, meaning.Source, fromLongForm, _glossary.FirstPlace(_reader, meaning));
        _clauses[clause] = applied;
        if (!_applied.Contains(applied))
        {
            _applied.Add(applied);
        }
    }

    /// <summary>
    /// The meanings of the councils searched, most printed first. A built-in meaning is dropped when every council
    /// searched defines the acronym in its papers.
    /// </summary>
    private List<AcronymMeaning> Meanings(IReadOnlyList<AcronymMeaning> all) =>
        all.Where(m => IndexGlossary.InCouncils(m.Scope, _councils))
            .Where(m => m.Scope is not null || _councils.Count == 0 || !_councils.All(c => _glossary.Overriding(m).Any(o => IndexGlossary.InCouncils(o, [c]))))
            .DistinctBy(m => (m.Scope, m.Acronym, m.Key))
            .Take(IndexGlossary.MaxMeanings)
            .ToList();

    /// <summary>The clause within its council: that council's records, or for a built-in meaning every council not giving the acronym another.</summary>
    private Query Scoped(Query clause, AcronymMeaning meaning)
    {
        var scoped = new BooleanQuery { { clause, Occur.MUST } };
        if (meaning.Scope is { } scope)
        {
            scoped.Add(new TermQuery(new Term(FieldNames.GlossaryScope, scope)), Occur.MUST);
            return scoped;
        }

        foreach (var other in _glossary.Overriding(meaning))
        {
            scoped.Add(new TermQuery(new Term(FieldNames.GlossaryScope, other)), Occur.MUST_NOT);
        }

        return scoped;
    }

    /// <summary>The long form as a phrase in the title (weighted as the parser weights it) or the text.</summary>
    private Query? LongFormQuery(string longForm)
    {
        var either = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in new[] { (FieldNames.Title, 3f), (FieldNames.Text, 1f) })
        {
            var phrase = new PhraseQuery { Boost = boost };
            var position = -1;
            foreach (var (term, increment) in Tokens(field, longForm))
            {
                position += increment;
                phrase.Add(new Term(field, term), position);
            }

            if (phrase.GetTerms().Length == 0)
            {
                return null;
            }

            either.Add(phrase, Occur.SHOULD);
        }

        return either;
    }

    private string[] Analysed(string field, string text) => Tokens(field, text).Select(t => t.Term).ToArray();

    private List<(string Term, int Increment)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // A word's parts stand at its own position (WordPartsFilter): the phrase needs the word once.
            if (increment.PositionIncrement == 0)
            {
                continue;
            }

            tokens.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }

    /// <summary>
    /// Whether every record printing the word prints it in capitals as the acronym: then "cil" typed means CIL,
    /// while "send", which records print as a verb too, stays a word.
    /// </summary>
    private bool OnlyInCapitals(string acronym)
    {
        var lower = acronym.ToLowerInvariant();
        var printed = _reader.DocFreq(new Term(FieldNames.TextWords, lower)) + _reader.DocFreq(new Term(FieldNames.TextWords, lower + "s"));
        return printed <= _reader.DocFreq(new Term(FieldNames.Acronym, acronym));
    }

    /// <summary>A word typed in lower case that no English word is spelled like: no vowel, or a digit.</summary>
    private static bool CannotBeWord(string word) =>
        word.Length >= 2 && (word.Any(char.IsAsciiDigit) || !word.Any(c => "aeiouyAEIOUY".Contains(c)));
}
