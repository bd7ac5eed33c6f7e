using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Worker;
using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// The PDFs of some corpus folders read, parsed and indexed into an index in memory the way the worker indexes
/// a corpus (the same extraction, parser, record mapping with the folder's council.json or the council the text
/// names, and <see cref="ISearchIndex.ReplacePack"/>), keeping each pack's records so judgements can be resolved
/// against the pack, page and text they name. Extraction runs in this process, without OCR and without the
/// extraction child's JSON transport of the parsed pack; what the worker adds beyond those steps must be added here.
/// </summary>
public sealed class RelevanceCorpus : IDisposable
{
    private RelevanceCorpus(ISearchIndex index, IReadOnlyDictionary<string, IReadOnlyList<SearchRecord>> packs)
    {
        Index = index;
        Packs = packs;
    }

    public ISearchIndex Index { get; }

    /// <summary>Each pack's records by pack id (<see cref="PackId.FromPath"/> of its file).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SearchRecord>> Packs { get; }

    /// <summary>Reads every *.pdf of <paramref name="folders"/> (each a corpus root); one line a PDF goes to <paramref name="log"/>.</summary>
    public static RelevanceCorpus Build(IEnumerable<string> folders, TextWriter log)
    {
        var packs = new Dictionary<string, IReadOnlyList<SearchRecord>>(StringComparer.Ordinal);
        var index = SearchIndex.OpenInMemory();
        var records = new PackRecords();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
            {
                var id = PackId.FromPath(file);
                if (packs.ContainsKey(id))
                {
                    throw new InvalidOperationException($"two PDFs are pack {id}; judgements could not tell them apart");
                }

                try
                {
                    var built = records.Build(PackParser.Parse(PdfTextReader.Read(file)), id, CouncilFiles.For(folder, Path.GetFileName(file)));
                    packs[id] = built;
                    index.ReplacePack(id, built);
                    log.WriteLine($"{id}: {built.Count} records");
                }
                catch (PdfReadException e)
                {
                    log.WriteLine($"{id}: not read ({e.Message})");
                }
            }
        }

        index.Commit(new Dictionary<string, string>());
        return new RelevanceCorpus(index, packs);
    }

    public void Dispose() => Index.Dispose();
}
