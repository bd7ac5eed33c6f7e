using AgendaSearch.Records;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// The lines of a pack that none of its records makes findable: an unrecognised document, pages between
/// sections, appendices a parser stopped before, front-sheet details no field keeps. A line is held when
/// every word of it is in a record that covers its page (a record with no pages, such as an agenda line,
/// covers every page; a meeting covers none, as a search leaves meetings out unless asked for them). The
/// rest are grouped into runs over consecutive pages, so each run can become a record of its own and no
/// word of the document is lost to search.
/// </summary>
/// <remarks>
/// Words rather than whole lines are compared because parsers rebuild text: they join wrapped lines, drop
/// labels into fields and tidy spacing, so a line seldom survives verbatim while its words do.
/// </remarks>
internal static class LeftoverText
{
    public static IReadOnlyList<LeftoverRun> Find(IReadOnlyList<PackPage> pages, IReadOnlyList<SearchRecord> records)
    {
        var cover = Coverage.Of(pages, records);
        var runs = new List<LeftoverRun>();
        List<LeftoverLine>? run = null;
        foreach (var page in pages.OrderBy(p => p.Number))
        {
            var loose = page.Lines
                .Select(line => line.Text.Trim())
                .Where(text => RecordWords.Of(text).Any(word => !cover.Holds(page.Number, word)))
                .Select(text => new LeftoverLine(page.Number, text))
                .ToList();
            if (loose.Count == 0)
            {
                Close();
                continue;
            }

            run ??= [];
            run.AddRange(loose);
        }

        Close();
        return runs;

        void Close()
        {
            if (run is { Count: > 0 })
            {
                runs.Add(new LeftoverRun(run));
            }

            run = null;
        }
    }

    /// <summary>The words each page's records hold.</summary>
    private sealed class Coverage
    {
        private readonly HashSet<string> _everywhere = new(StringComparer.Ordinal);
        private readonly Dictionary<int, List<HashSet<string>>> _byPage = [];

        public static Coverage Of(IReadOnlyList<PackPage> pages, IReadOnlyList<SearchRecord> records)
        {
            var cover = new Coverage();
            var numbers = pages.Select(p => p.Number).ToHashSet();
            foreach (var record in records)
            {
                // A search leaves meetings out unless asked for them, so their words do not count as findable.
                if (record.Type == RecordKind.Meeting)
                {
                    continue;
                }

                var words = RecordWords.SetOf(Searchable(record));
                if (record.Pages.Length == 0)
                {
                    cover._everywhere.UnionWith(words);
                    continue;
                }

                for (var page = record.Pages[0]; page <= record.Pages[^1]; page++)
                {
                    if (numbers.Contains(page))
                    {
                        cover.On(page).Add(words);
                    }
                }
            }

            return cover;
        }

        public bool Holds(int page, string word) =>
            _everywhere.Contains(word) || (_byPage.TryGetValue(page, out var sets) && sets.Exists(set => set.Contains(word)));

        private List<HashSet<string>> On(int page) =>
            _byPage.TryGetValue(page, out var sets) ? sets : _byPage[page] = [];

        /// <summary>What a search reads of a record: title, text and names (extras are shown, not searched).</summary>
        private static string Searchable(SearchRecord record) =>
            string.Join('\n', new[] { record.Title, record.Text, record.AskedBy, record.AnsweredBy }.Concat(record.Officers)
                .Where(s => !string.IsNullOrEmpty(s)));
    }
}
