using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Records;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace AgendaSearch.Ingest.Coverage;

/// <summary>
/// How much of a folder of PDFs search can find: every PDF is read, parsed and indexed into a temporary
/// in-memory index as the worker would; then words printed in one PDF only (sampled from its extracted
/// text) are searched, and a word counts as found when a hit comes from that PDF, and as found at its page
/// when the hit's PDF link opens a page the word, or another with its stem, is printed on. Also counts the
/// records without a body or a date, and ids that two documents give to records whose texts have little in common (two different
/// things merged under one id; the same minutes printed twice share most of their words).
/// </summary>
public static class CorpusCoverage
{
    /// <summary>Texts of one id from two documents sharing less than this share of words are different records.</summary>
    private const double SameRecordOverlap = 0.3;

    /// <summary>
    /// Measures the PDFs of <paramref name="directory"/>: up to <paramref name="samplePerFile"/> words a PDF.
    /// Progress (one line a PDF) goes to <paramref name="log"/>; with <paramref name="verbose"/> also each word
    /// not found, or not at its page, and each id that names different records.
    /// </summary>
    public static CoverageReport Measure(string directory, int samplePerFile, TextWriter log, bool verbose = false)
    {
        var files = Directory.GetFiles(directory, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        var packs = files.Select(f => Read(f, log)).Where(p => p is not null).Select(p => p!).ToList();
        using var index = SearchIndex.OpenInMemory();
        foreach (var pack in packs)
        {
            index.ReplacePack(pack.Id, pack.Records);
        }

        index.Commit(new Dictionary<string, string>());

        var inFiles = packs.SelectMany(p => p.WordPages.Keys).CountBy(w => w).ToDictionary();
        long sampled = 0, found = 0, atPage = 0;
        foreach (var pack in packs)
        {
            var unique = pack.WordPages.Keys.Where(w => inFiles[w] == 1).Order(StringComparer.Ordinal).ToList();
            var stemPages = StemPages(pack.WordPages);
            var sample = Sample(unique, samplePerFile, pack.Id);
            var (packFound, packAtPage) = (0, 0);
            foreach (var word in sample)
            {
                var (hit, page, cited) = Find(index, word, pack.Id, stemPages[Stem(word)]);
                packFound += hit ? 1 : 0;
                packAtPage += page ? 1 : 0;
                if (!page && verbose)
                {
                    log.WriteLine($"  {(hit ? "elsewhere" : "not found")}: {word} (pages {string.Join(',', pack.WordPages[word])}){cited}");
                }
            }

            log.WriteLine($"{pack.Id}: {pack.Records.Count} records ({pack.Records.Count(Unplaced)} without body or date), " +
                          $"{sample.Count} unique words sampled, {packFound} found, {packAtPage} at their page");
            (sampled, found, atPage) = (sampled + sample.Count, found + packFound, atPage + packAtPage);
        }

        var records = packs.SelectMany(p => p.Records).ToList();
        var (shared, collisions) = SharedIds(packs, verbose ? log : TextWriter.Null);
        return new CoverageReport(
            files.Length, packs.Count, sampled, found, atPage, records.Count,
            records.Count(r => r.Type == RecordKind.Section),
            records.Count(r => !RecordBuilder.IsKnownBody(r.Body)),
            records.Count(r => r.MeetingDate is null),
            records.Count(Unplaced),
            shared,
            collisions);
    }

    private static bool Unplaced(SearchRecord record) => !RecordBuilder.IsKnownBody(record.Body) || record.MeetingDate is null;

    /// <summary>The PDF read, parsed and turned into records, with the pages each word is printed on.</summary>
    private static IndexedPack? Read(string file, TextWriter log)
    {
        var id = PackId.FromPath(file);
        try
        {
            var text = PdfTextReader.Read(file);
            var pages = text.Pages;
            var pack = PackParser.Parse(text);
            var words = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                foreach (var word in RecordWords.Of(page.Text).Where(Searchable))
                {
                    (words.TryGetValue(word, out var on) ? on : words[word] = []).Add(page.Number);
                }
            }

            return new IndexedPack(id, RecordBuilder.Build(pack, id), words);
        }
        catch (PdfReadException e)
        {
            log.WriteLine($"{id}: not read ({e.Message})");
            return null;
        }
    }

    /// <summary>A word anyone could type: letters only (numbers and codes read as query syntax), not a stop word.</summary>
    private static bool Searchable(string word) => word.Length >= 3 && word.All(char.IsLetter) && !EnglishAnalyzer.DefaultStopSet.Contains(word);

    /// <summary>Up to <paramref name="count"/> words spread evenly over the sorted list, the same on every run.</summary>
    private static List<string> Sample(List<string> words, int count, string seed)
    {
        if (words.Count <= count)
        {
            return words;
        }

        var offset = (int)((uint)StringComparer.Ordinal.GetHashCode(seed) % (uint)(words.Count / count));
        return Enumerable.Range(0, count).Select(i => words[offset + i * words.Count / count]).ToList();
    }

    /// <summary>
    /// The pages of each stem: a search for "managers" finds "management" too, and a hit citing the page of
    /// either has opened the PDF where the search matched.
    /// </summary>
    private static Dictionary<string, HashSet<int>> StemPages(Dictionary<string, SortedSet<int>> wordPages)
    {
        var pages = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (word, on) in wordPages)
        {
            var stem = Stem(word);
            (pages.TryGetValue(stem, out var set) ? set : pages[stem] = []).UnionWith(on);
        }

        return pages;
    }

    private static readonly Analyzer Stemmer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>The word as the index's English analyser keeps it.</summary>
    private static string Stem(string word)
    {
        using var stream = Stemmer.GetTokenStream("text", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return stem;
    }

    /// <summary>Whether a hit comes from the PDF, whether one opens it at a page the word is on, and (when none does) what the first cites.</summary>
    private static (bool Found, bool AtPage, string Cited) Find(ISearchIndex index, string word, string packId, HashSet<int> pages)
    {
        // Every hit, not a first page: a word printed once may share its stem with words printed everywhere.
        using var scan = index.Scan(new SearchRequest { Query = word }, int.MaxValue);
        var hits = scan.Hits.Where(h => h.Record.Sources.Contains(packId)).ToList();
        var atPage = hits.Any(h => h.Record.PackId == packId && pages.Contains(PageOf(h)));
        var cited = hits.FirstOrDefault() is { } first ? $"; {first.Record.Id} cites p. {PageOf(first)} of {first.Record.PackId}" : "";
        return (hits.Count > 0, atPage, cited);
    }

    /// <summary>The page a hit's PDF link opens: the snippet's, else the record's first.</summary>
    private static int PageOf(SearchHit hit) => hit.Snippet.Page ?? hit.Record.Pages.FirstOrDefault();

    /// <summary>Ids given by several documents, and those whose texts there share too few words to be one record.</summary>
    private static (int Shared, int Collisions) SharedIds(List<IndexedPack> packs, TextWriter log)
    {
        var (shared, collisions) = (0, 0);
        foreach (var group in packs.SelectMany(p => p.Records).GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            shared++;
            var versions = group.ToList();
            var sets = versions.Select(r => RecordWords.SetOf(r.Title + "\n" + r.Text)).ToList();
            var apart = Enumerable.Range(0, sets.Count).Any(i => Enumerable.Range(i + 1, sets.Count - i - 1)
                .Any(j => Overlap(sets[i], sets[j]) < SameRecordOverlap));
            if (apart)
            {
                collisions++;
                log.WriteLine($"  id {group.Key} names different records in {string.Join(", ", versions.Select(v => v.PackId))}");
            }
        }

        return (shared, collisions);
    }

    /// <summary>Words in common over the words of the shorter text (so a title-only version fits the report it heads).</summary>
    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        Math.Min(a.Count, b.Count) == 0 ? 1 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);

    private sealed record IndexedPack(string Id, IReadOnlyList<SearchRecord> Records, Dictionary<string, SortedSet<int>> WordPages);
}
