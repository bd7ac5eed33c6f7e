using AgendaSearch.Cluster.Store;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Ledger;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Cluster.Search;

/// <summary>
/// Keeps a search node's own index in step with the journal. Entries are applied in position order, a batch at
/// a time: each pack a batch names is made to hold the records the store holds for it now (replaced, or removed
/// when it has none), then the index commits with the batch's last position in its commit data. A restart resumes
/// from that position and a new node starts from zero. Applying a pack's current records rather than the entry's
/// own is safe: any later change to that pack has a later entry, which is applied in turn.
/// Besides the position, the commit keeps a file ledger of the indexed packs, so PDFs are found as in embedded mode.
/// </summary>
public sealed class JournalFollower(ISearchIndex index, JournalReader journal, ILogger logger)
{
    /// <summary>The commit-data key of the last applied journal position.</summary>
    public const string PositionKey = "agendasearch.cluster.position";

    /// <summary>The commit-data key of the store whose journal the position is in.</summary>
    public const string StoreKey = "agendasearch.cluster.store";

    /// <summary>Entries read and applied in one index commit.</summary>
    internal const int BatchSize = 500;

    private readonly FileLedger ledger = FileLedger.Load(index.CommittedUserData);
    private long applied = Position(index.CommittedUserData);
    private long head = -1;
    private string? store = index.CommittedUserData.GetValueOrDefault(StoreKey);

    /// <summary>The last journal position this node's committed index holds.</summary>
    public long Applied => Interlocked.Read(ref applied);

    /// <summary>The journal head as last seen; null before the store has answered once.</summary>
    public long? Head => Interlocked.Read(ref head) is >= 0 and var seen ? Math.Max(seen, Applied) : null;

    /// <summary>Applies every entry up to the head as it is now; returns how many were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellation)
    {
        await RefreshHeadAsync(cancellation);
        var total = 0;
        while (true)
        {
            var entries = await journal.ReadAsync(Applied, BatchSize, cancellation);
            if (entries.Count == 0)
                return total;
            await ApplyAsync(entries, cancellation);
            total += entries.Count;
            if (Applied > Interlocked.Read(ref head))
                Interlocked.Exchange(ref head, Applied);
        }
    }

    /// <summary>
    /// Reads the journal head (what <see cref="Head"/> reports) without applying anything. An index that followed
    /// another store, or got further than this journal's head, starts again from the beginning: its packs are
    /// removed and its position is zero.
    /// </summary>
    public async Task RefreshHeadAsync(CancellationToken cancellation)
    {
        var (now, id) = await journal.HeadAndStoreAsync(cancellation);
        var current = id.ToString();
        if (store != current)
        {
            // An index with no store named may still hold records: an embedded build, or an older node's.
            if (store is not null || Applied > 0 || ledger.Snapshot().Count > 0)
                StartOver(store is null ? "it names no store" : $"it followed store {store}", current);
            store = current;
        }
        else if (now < Applied)
        {
            StartOver($"its position {Applied} is past the head {now}", current);
        }
        Interlocked.Exchange(ref head, now);
    }

    private void StartOver(string why, string current)
    {
        logger.LogWarning("The index starts again from the beginning of the journal of store {Store}: {Why}", current, why);
        foreach (var packId in ledger.Snapshot().Select(e => e.PackId).OfType<string>().Distinct(StringComparer.Ordinal))
            index.RemovePack(packId);
        foreach (var entry in ledger.Snapshot())
            ledger.Remove(entry.File);
        store = current;
        Commit(0);
    }

    private async Task ApplyAsync(IReadOnlyList<JournalEntry> entries, CancellationToken cancellation)
    {
        // Each pack once: what the store holds for it now stands for all its entries in the batch.
        var packs = entries.Select(e => e.PackId).Distinct(StringComparer.Ordinal).ToList();
        var documents = await journal.DocumentsAsync(packs, cancellation);
        // By pack, not by the entries' paths: the journal keeps only a pack's last entry, so the entry naming the
        // path this node filed the pack under may be gone (the pack id passed to a same-named file elsewhere).
        var named = packs.ToHashSet(StringComparer.Ordinal);
        foreach (var stale in ledger.Snapshot().Where(e => e.PackId is { } id && named.Contains(id)))
            ledger.Remove(stale.File);
        foreach (var packId in packs)
        {
            if (documents.TryGetValue(packId, out var document))
            {
                index.ReplacePack(packId, document.Records);
                ledger.Set(new LedgerEntry
                {
                    File = document.Path, Hash = "", Size = 0, ModifiedUtc = default, State = FileState.Indexed,
                    PackId = packId, Records = document.Records.Count,
                });
            }
            else
                index.RemovePack(packId);
        }
        var position = entries[^1].Position;
        Commit(position);
        logger.LogInformation("Applied journal entries {From}-{To} ({Packs} packs)", entries[0].Position, position, packs.Count);
    }

    private void Commit(long position)
    {
        var userData = ledger.ToUserData();
        userData[PositionKey] = position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (store is not null)
            userData[StoreKey] = store;
        index.Commit(userData);
        Interlocked.Exchange(ref applied, position);
    }

    private static long Position(IReadOnlyDictionary<string, string> userData) =>
        userData.TryGetValue(PositionKey, out var text) && long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var position) ? position : 0;
}
