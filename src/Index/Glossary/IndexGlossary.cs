using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// Every council's acronyms for one searcher generation (one top-level reader): the meanings its records print,
/// read from their definition terms (only live documents count, so a removed pack's definitions are gone), and the
/// built-in list. Built on the reader's first search that needs it, and dropped with the reader, as FacetOrdinals is.
/// </summary>
internal sealed class IndexGlossary
{
    /// <summary>Meanings an acronym may expand to in one query, most printed first: bounds the clauses it adds.</summary>
    public const int MaxMeanings = 24;

    private static readonly ConditionalWeakTable<IndexReader, IndexGlossary> Cache = new();

    private static readonly AcronymMeaning[] BuiltIns = BuiltInAcronyms.All
        .Select(b => new AcronymMeaning(null, b.Acronym, b.LongForm, GlossarySource.BuiltIn, 0, []))
        .ToArray();

    private readonly Dictionary<string, List<AcronymMeaning>> _byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AcronymMeaning>> _byMatchKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<AcronymMeaning, string?> _firstPlaces = new(ReferenceEqualityComparer.Instance);

    private IndexGlossary(IndexReader reader)
    {
        Papers = ReadPapers(reader);
        foreach (var meaning in Papers.Concat(BuiltIns))
        {
            Add(_byAcronym, meaning.Acronym, meaning);
            if (meaning.MatchKey.Contains(' '))
            {
                Add(_byMatchKey, meaning.MatchKey, meaning);
            }
        }

        // Most printed first: a meaning many records give is the one a reader more likely means.
        foreach (var list in _byAcronym.Values.Concat(_byMatchKey.Values))
        {
            list.Sort((a, b) => b.Records.CompareTo(a.Records));
        }
    }

    /// <summary>The meanings printed in the papers, by council, acronym and long form.</summary>
    public IReadOnlyList<AcronymMeaning> Papers { get; }

    public static IndexGlossary For(IndexReader reader) => Cache.GetValue(reader, r => new IndexGlossary(r));

    /// <summary>The built-in meanings, for a glossary listing.</summary>
    public static IReadOnlyList<AcronymMeaning> BuiltIn => BuiltIns;

    /// <summary>Every meaning of <paramref name="acronym"/> (exact case) in any council, built-in ones included.</summary>
    public IReadOnlyList<AcronymMeaning> OfAcronym(string acronym) => _byAcronym.GetValueOrDefault(acronym) ?? [];

    /// <summary>Every meaning whose long form is <paramref name="matchKey"/> (see <see cref="LongForms.MatchKey"/>).</summary>
    public IReadOnlyList<AcronymMeaning> OfLongForm(string matchKey) => _byMatchKey.GetValueOrDefault(matchKey) ?? [];

    /// <summary>Whether some meaning is known by an acronym of this spelling, any case: for acronyms typed in lower case.</summary>
    public string? AcronymSpelled(string typed) =>
        _byAcronym.Keys.FirstOrDefault(a => a.Equals(typed, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where the papers first print <paramref name="meaning"/> ("PACK p.N"; null for a built-in one), kept for the
    /// reader: each search naming the acronym would otherwise read and scan a record's text again.
    /// </summary>
    public string? FirstPlace(IndexReader reader, AcronymMeaning meaning) =>
        meaning.Source == GlossarySource.BuiltIn
            ? null
            : _firstPlaces.GetOrAdd(meaning, m => DefinitionPlaces.Find(reader, m, 1).FirstOrDefault() is { } place
                ? place.Page is { } page ? $"{place.PackId} p.{page}" : place.PackId
                : null);

    /// <summary>
    /// The councils whose papers define <paramref name="builtIn"/>'s acronym: their own meanings stand for it there,
    /// whether or not one is the built-in one.
    /// </summary>
    public IReadOnlyList<string> Overriding(AcronymMeaning builtIn) =>
        OfAcronym(builtIn.Acronym).Where(m => m.Scope is not null).Select(m => m.Scope!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Whether <paramref name="scope"/> is one of the councils a request filters for (by name or slug); any when none.</summary>
    public static bool InCouncils(string? scope, IReadOnlyList<string> councils) =>
        councils.Count == 0 || scope is null
        || councils.Any(c => RecordDocument.KeysOf(scope).Contains(KeyAnalyzer.Normalise(c)));

    private static List<AcronymMeaning> ReadPapers(IndexReader reader)
    {
        var found = new Dictionary<(string Scope, string Acronym, string Key), (Dictionary<string, int> Printed, List<string> Terms, int Records)>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetTerms(FieldNames.Definition)?.GetEnumerator() is not { } terms)
            {
                continue;
            }

            DocsEnum? docs = null;
            while (terms.MoveNext())
            {
                var bytes = terms.Term;
                docs = terms.Docs(segment.LiveDocs, docs, DocsFlags.NONE);
                var records = 0;
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    records++;
                }

                if (records == 0)
                {
                    continue;
                }

                var term = bytes.Utf8ToString();
                var (scope, acronym, longForm) = GlossaryFields.Parse(term);
                var key = (scope, acronym, LongForms.Key(longForm));
                var entry = found.TryGetValue(key, out var known) ? known : (Printed: new Dictionary<string, int>(StringComparer.Ordinal), Terms: new List<string>(), Records: 0);
                entry.Printed[longForm] = entry.Printed.GetValueOrDefault(longForm) + records;
                entry.Terms.Add(term);
                found[key] = entry with { Records = entry.Records + records };
            }
        }

        // The long form as most records print it (capitals vary: "Medium term financial strategy").
        return found
            .Select(f => new AcronymMeaning(
                f.Key.Scope, f.Key.Acronym, f.Value.Printed.MaxBy(p => p.Value).Key, GlossarySource.Papers, f.Value.Records, f.Value.Terms.Distinct().ToList()))
            .OrderBy(m => m.Scope, StringComparer.Ordinal)
            .ThenBy(m => m.Acronym, StringComparer.Ordinal)
            .ThenByDescending(m => m.Records)
            .ToList();
    }

    private static void Add(Dictionary<string, List<AcronymMeaning>> map, string key, AcronymMeaning meaning)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(meaning);
    }
}
