using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Ingest.Tests;
using Lucene.Net.Analysis.En;
using Xunit.Abstractions;

namespace AgendaSearch.Index.Tests.Coverage;

/// <summary>
/// Every word printed in a real pack is found by a search once the pack is indexed, and mostly at its
/// page: text no agenda item, minute or question holds (the front sheet's details, appendices, papers the
/// parsers do not recognise) is indexed as section records instead of being dropped.
/// </summary>
public sealed class SeedWordCoverageTests(ITestOutputHelper output)
{
    /// <summary>Share of words one of the first hits cites at a page the word is printed on.</summary>
    private const double MostAtTheirPage = 0.8;

    [Theory]
    [InlineData(Trail.SeedCorpus.July2021)]
    [InlineData(Trail.SeedCorpus.March2022)]
    public void Every_word_of_a_seed_pack_is_found_in_it(string packId)
    {
        var text = PdfTextReader.Read(Corpus.Pack(packId + ".pdf"));
        using var index = SearchIndex.OpenInMemory();
        index.ReplacePack(packId, RecordBuilder.Build(PackParser.Parse(text), packId));
        index.Commit(new Dictionary<string, string>());

        var pagesOf = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var page in text.Pages)
        {
            // Stop words are left out of every search; numbers and codes read as query syntax.
            foreach (var word in RecordWords.Of(page.Text).Where(w => w.All(char.IsLetter) && !EnglishAnalyzer.DefaultStopSet.Contains(w)))
            {
                (pagesOf.TryGetValue(word, out var pages) ? pages : pagesOf[word] = []).Add(page.Number);
            }
        }

        var missing = new List<string>();
        var atPage = 0;
        foreach (var (word, pages) in pagesOf)
        {
            var results = index.Search(new SearchRequest { Query = word, PageSize = 5 });
            if (results.Total == 0)
            {
                missing.Add($"{word} (p. {string.Join(',', pages)})");
            }
            else if (results.Hits.Any(h => pages.Contains(h.Snippet.Page ?? 0)))
            {
                atPage++;
            }
        }

        output.WriteLine($"{pagesOf.Count} words, {missing.Count} not found, {atPage} found at their page");
        Assert.Empty(missing);
        // A hit's PDF link opens the page its passage is on: most words are printed where a hit cites them.
        Assert.True(atPage >= MostAtTheirPage * pagesOf.Count, $"only {atPage} of {pagesOf.Count} words found at their page");
    }
}
