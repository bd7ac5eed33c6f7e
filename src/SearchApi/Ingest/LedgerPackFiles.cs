using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.SearchApi.Corpus;
using AgendaSearch.SearchApi.Packs;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Ingest;

/// <summary>
/// Finds a pack's PDF through the ledger committed with the index, so the file served is exactly the one the
/// searchable records came from, including a same-named file in another folder whose id got a suffix. Ids the
/// ledger does not know (an index seeded without the worker) fall back to the corpus scan.
/// </summary>
internal sealed class LedgerPackFiles(ISearchIndex index, IOptions<CorpusOptions> corpus, CorpusPackFiles scan) : IPackFiles
{
    private readonly Lock sync = new();
    private IReadOnlyDictionary<string, string>? parsedFrom;
    private Dictionary<string, string> files = [];

    public string? PathOf(string packId)
    {
        if (Files().TryGetValue(packId, out var file))
        {
            var root = corpus.Value.FullPath;
            var path = Path.GetFullPath(Path.Combine(root, file));
            return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) ? path : null;
        }
        return scan.PathOf(packId);
    }

    /// <summary>Pack id to corpus-relative file, parsed again only when a new commit brought new user data.</summary>
    private Dictionary<string, string> Files()
    {
        var userData = index.CommittedUserData;
        lock (sync)
        {
            if (!ReferenceEquals(userData, parsedFrom))
            {
                files = FileLedger.Load(userData).Snapshot()
                    .Where(e => e.PackId is not null && e.State == FileState.Indexed)
                    .ToDictionary(e => e.PackId!, e => e.File, StringComparer.Ordinal);
                parsedFrom = userData;
            }
            return files;
        }
    }
}
