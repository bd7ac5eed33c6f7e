using AgendaSearch.Ingest.Ledger;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Compares the corpus folder with the ledger and decides, per file: unchanged (nothing), touched but same
/// bytes (ledger only), deleted (records removed), same bytes as another file (duplicate), or new/changed
/// (queued for extraction). Files are decided in path order, so of identical files the first path is the one
/// indexed, in a fresh build and an incremental one alike. One planning pass runs at a time. Nothing is planned
/// while <see cref="CorpusPresence"/> finds the folder missing or emptied, so an unmounted share removes nothing.
/// </summary>
internal sealed class SyncPlanner(string root, FileLedger ledger, IndexGate gate, WorkQueue queue, ILogger logger)
{
    private readonly SemaphoreSlim planning = new(1, 1);

    public bool Busy => planning.CurrentCount == 0;

    /// <summary>Plans the given corpus-relative files or folders, or the whole corpus when <paramref name="paths"/> is null.</summary>
    public async Task SyncAsync(IReadOnlyCollection<string>? paths, CancellationToken cancellation)
    {
        await planning.WaitAsync(cancellation);
        try
        {
            if (CorpusPresence.Unavailable(root, ledger.Count) is { } why)
            {
                logger.LogWarning("Corpus folder {Root} is not read, and nothing is removed: {Why}", root, why);
                return;
            }
            var files = Candidates(paths).Where(f => !queue.Defer(f)).ToList();
            var looks = new Look?[files.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), cancellation,
                async (i, token) => looks[i] = await LookAsync(files[i], token));
            foreach (var look in looks)
                if (look is not null)
                    Decide(look);
        }
        finally
        {
            planning.Release();
        }
    }

    private sealed record Look(string File, FileFacts? Facts, string? Hash);

    private IEnumerable<string> Candidates(IReadOnlyCollection<string>? paths)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths ?? [""])
        {
            var full = Path.Combine(root, path);
            if (Directory.Exists(full))
                found.UnionWith(CorpusPdfs.Under(root, full));
            else if (CorpusPdfs.IsPdf(path) && File.Exists(full))
                found.Add(path);
            found.UnionWith(ledger.FilesUnder(path));
            if (ledger[path] is not null)
                found.Add(path);
        }
        return found;
    }

    private async Task<Look?> LookAsync(string file, CancellationToken cancellation)
    {
        var entry = ledger[file];
        var facts = FileFacts.Of(Path.Combine(root, file));
        if (facts is null)
            return new Look(file, null, null);
        if (entry is not null && entry.Size == facts.Size && entry.ModifiedUtc == facts.ModifiedUtc && Settled(entry))
            return null;
        try
        {
            return new Look(file, facts, await FileFacts.HashAsync(Path.Combine(root, file), cancellation));
        }
        catch (IOException e)
        {
            // Deleted or locked between the listing and the read: the next change event or rescan comes back to it.
            logger.LogDebug(e, "Cannot read {File} yet", file);
            return null;
        }
    }

    /// <summary>A final state whose premise still holds (a duplicate's original is still there with the same bytes).</summary>
    private bool Settled(LedgerEntry entry) => entry.State switch
    {
        FileState.Pending => false,
        FileState.Duplicate => entry.DuplicateOf is { } of && (queue.Contains(of) || ledger[of] is { State: not FileState.Duplicate } owner && owner.Hash == entry.Hash),
        _ => true,
    };

    private void Decide(Look look)
    {
        var (file, facts, hash) = look;
        if (queue.Contains(file))
            return; // promoted to stand for its content earlier in this pass
        var entry = ledger[file];
        if (facts is null || hash is null)
        {
            if (entry is not null)
                Forget(entry);
            return;
        }
        if (entry is not null && entry.Hash == hash && Settled(entry))
        {
            gate.Write(file, (_, l) => l.Set(entry with { Size = facts.Size, ModifiedUtc = facts.ModifiedUtc }));
            return;
        }
        if (entry is not null && entry.Hash != hash)
            Promote(file);
        var owner = queue.Claimant(hash, file) ?? ExistingOwner(hash, file);
        if (owner is not null)
            MarkDuplicate(file, facts, hash, owner);
        else
            Schedule(new WorkItem(file, facts, hash));
    }

    private string? ExistingOwner(string hash, string file) =>
        ledger.OwnerOf(hash, except: file) is { } owner && File.Exists(Path.Combine(root, owner.File)) ? owner.File : null;

    private void MarkDuplicate(string file, FileFacts facts, string hash, string owner)
    {
        gate.Write(file, (index, l) =>
        {
            if (l[file]?.PackId is { } stale)
                index.RemovePack(stale);
            l.Set(new LedgerEntry
            {
                File = file, Hash = hash, Size = facts.Size, ModifiedUtc = facts.ModifiedUtc,
                State = FileState.Duplicate, DuplicateOf = owner, IngestedAt = DateTimeOffset.UtcNow,
            });
        });
        logger.LogInformation("{File} has the same content as {Owner}; indexed once", file, owner);
    }

    /// <summary>
    /// Queues the file as pending and reserves its pack id now: planning runs in path order, so which of two
    /// same-named files gets the plain id does not depend on which extraction finishes first.
    /// </summary>
    private void Schedule(WorkItem item)
    {
        gate.Write(item.File, (_, l) =>
        {
            var entry = l[item.File] ?? new LedgerEntry { File = item.File, Hash = item.Hash, Size = 0, ModifiedUtc = default, State = FileState.Pending };
            l.Set(entry with
            {
                Hash = item.Hash, Size = item.Facts.Size, ModifiedUtc = item.Facts.ModifiedUtc,
                State = FileState.Pending, Error = null, DuplicateOf = null, PackId = entry.PackId ?? PackIds.For(item.File, l),
            });
        });
        queue.Add(item);
    }

    private void Forget(LedgerEntry entry)
    {
        gate.Write(entry.File, (index, l) =>
        {
            if (entry.PackId is { } packId)
                index.RemovePack(packId);
            l.Remove(entry.File);
        });
        logger.LogInformation("{File} was deleted; its records are removed", entry.File);
        Promote(entry.File);
    }

    /// <summary>
    /// <paramref name="file"/> no longer holds the content its duplicates share: the first of them that still
    /// exists becomes the file extracted for that content, and the others its duplicates.
    /// </summary>
    private void Promote(string file)
    {
        var heirs = ledger.DuplicatesOf(file).Where(d => File.Exists(Path.Combine(root, d.File))).ToList();
        if (heirs.Count == 0)
            return;
        var heir = heirs[0];
        gate.Write(heir.File, (_, l) =>
        {
            foreach (var other in heirs.Skip(1))
                l.Set(other with { DuplicateOf = heir.File });
        });
        Schedule(new WorkItem(heir.File, new FileFacts(heir.Size, heir.ModifiedUtc), heir.Hash));
    }
}
