using AgendaSearch.Cluster.Store;
using AgendaSearch.Ingest.Worker;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AgendaSearch.Cluster.Ingest;

/// <summary>
/// What one cluster ingest worker does against the shared store: reports the corpus folder's files
/// (<see cref="ScanAsync"/>), and takes claimed files one at a time through the same reading stages as the
/// embedded worker (<see cref="DocumentReader"/>: the isolated child pool, parsing, records), writing each outcome
/// to PostgreSQL while its claim holds (<see cref="ProcessNextAsync"/>).
/// </summary>
public sealed class ClusterIngest(string root, DocumentReader reader, NpgsqlDataSource source, ClusterOptions options, ILogger logger)
{
    private readonly FileClaims claims = new(source, options);
    private readonly CorpusFiles files = new(source);

    /// <summary>
    /// Why the last scan did not read the corpus folder (<see cref="CorpusPresence"/>: missing, or emptied while
    /// the ledger knows files), or null when it did.
    /// </summary>
    public string? CorpusUnavailable { get => Volatile.Read(ref unavailable); private set => Volatile.Write(ref unavailable, value); }

    private string? unavailable;

    /// <summary>
    /// Reports every PDF under the corpus folder (hashing only files whose size or time differ from the ledger's)
    /// and every file the ledger knows that is gone. Any number of workers may scan at once. A folder that
    /// <see cref="CorpusPresence"/> does not trust is not read and removes nothing: every node would drop its packs.
    /// </summary>
    public async Task ScanAsync(CancellationToken cancellation)
    {
        var known = await files.KnownAsync(cancellation);
        var why = CorpusPresence.Unavailable(root, known.Count);
        if (why != CorpusUnavailable)
        {
            if (why is not null)
                logger.LogWarning("Corpus folder {Root} is not read, and nothing is removed: {Why}", root, why);
            else if (CorpusUnavailable is not null)
                logger.LogInformation("Corpus folder {Root} is readable again", root);
            CorpusUnavailable = why;
        }
        if (why is not null)
            return;
        var present = CorpusPdfs.Under(root, root).Order(StringComparer.Ordinal).ToList();
        foreach (var path in present)
        {
            var facts = FileFacts.Of(Path.Combine(root, path));
            if (facts is null || known.TryGetValue(path, out var seen) && seen.Facts == facts)
                continue;
            try
            {
                await files.UpsertAsync(path, facts, await FileFacts.HashAsync(Path.Combine(root, path), cancellation), cancellation);
            }
            catch (IOException e)
            {
                // Deleted or locked between the listing and the read: the next change event or scan comes back to it.
                logger.LogDebug(e, "Cannot read {File} yet", path);
            }
        }
        var gone = known.Keys.Except(present, StringComparer.Ordinal).Where(p => !File.Exists(Path.Combine(root, p)));
        foreach (var path in gone)
        {
            await files.RemoveAsync(path, cancellation);
            logger.LogInformation("{File} was deleted; its records are removed", path);
        }
    }

    /// <summary>
    /// Claims and processes one file; false when no file was free to claim, or the folder is unavailable (claims
    /// of files that cannot be read would use up their attempts and leave them failed when the share returns).
    /// </summary>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellation)
    {
        if (CorpusUnavailable is not null || !Directory.Exists(root))
            return false;
        if (await claims.ClaimAsync(cancellation) is not { } claim)
            return false;
        var path = Path.Combine(root, claim.Path);
        var facts = FileFacts.Of(path);
        if (facts is null)
        {
            await claims.ReleaseAsync(claim, "the file was gone when it was claimed", cancellation);
            return true;
        }
        if (facts != claim.Facts)
        {
            // Changed since it was reported: report it again (new bytes end this claim; the same bytes keep it).
            await files.UpsertAsync(claim.Path, facts, await FileFacts.HashAsync(path, cancellation), cancellation);
            await claims.ReleaseAsync(claim, "the file changed after it was reported", cancellation);
            return true;
        }
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var renewing = RenewAsync(claim, lost);
        DocumentRead? read;
        try
        {
            read = await reader.ReadAsync(claim.Path, facts, claim.Hash, claim.PackId, null, lost.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            logger.LogWarning("Lost the claim on {File} while reading it; another worker takes it", claim.Path);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Reading {File} failed", claim.Path);
            await claims.ReleaseAsync(claim, $"{e.GetType().Name}: {e.Message}", cancellation);
            return true;
        }
        finally
        {
            await lost.CancelAsync();
            await renewing;
        }
        if (read is null)
        {
            await claims.ReleaseAsync(claim, "the file changed while it was read", cancellation);
            return true;
        }
        await FinishAsync(claim, read, cancellation);
        return true;
    }

    /// <summary>
    /// Writes the outcome, trying again while PostgreSQL is unreachable. A commit whose answer was lost is not
    /// written twice: the retry finds the claim ended (by that commit) and writes nothing.
    /// </summary>
    private async Task FinishAsync(FileClaim claim, DocumentRead read, CancellationToken cancellation)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                if (await claims.FinishAsync(claim, read, cancellation))
                {
                    logger.LogInformation("{State} {File}: {Pages} pages, {Records} records in {Milliseconds} ms{Error}",
                        read.Entry.State, claim.Path, read.Entry.Pages, read.Records.Count, read.Entry.Milliseconds,
                        read.Entry.Error is { } error ? ": " + error : "");
                }
                else
                {
                    logger.LogWarning("The claim on {File} ended before its outcome was written; the outcome is dropped", claim.Path);
                }
                return;
            }
            catch (Exception e) when (StoreErrors.IsTransient(e) && failures * Backoff.After(failures) < options.Lease)
            {
                logger.LogWarning("Writing the outcome of {File} failed ({Error}); trying again", claim.Path, e.Message);
                await Task.Delay(Backoff.After(failures), cancellation);
            }
        }
    }

    /// <summary>Renews the lease at a third of its length until <paramref name="lost"/> is cancelled; cancels it when the claim is lost.</summary>
    private async Task RenewAsync(FileClaim claim, CancellationTokenSource lost)
    {
        try
        {
            using var timer = new PeriodicTimer(options.Lease / 3);
            while (await timer.WaitForNextTickAsync(lost.Token))
            {
                try
                {
                    if (!await claims.RenewAsync(claim, lost.Token))
                    {
                        await lost.CancelAsync();
                        return;
                    }
                }
                catch (Exception e) when (StoreErrors.IsTransient(e))
                {
                    // PostgreSQL away: the lease may run out meanwhile, and then the write is refused and the file redone.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
