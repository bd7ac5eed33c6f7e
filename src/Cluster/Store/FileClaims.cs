using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Worker;
using Npgsql;

namespace AgendaSearch.Cluster.Store;

/// <summary>
/// Claims on pending files, so workers sharing a corpus never read one file at once. A claim takes the first
/// pending file whose lease is free or ran out (<c>FOR UPDATE SKIP LOCKED</c>, so claimers pass each other's
/// rows instead of queueing on them), counts an attempt and sets a lease; the worker renews it while it reads.
/// A file claimed <see cref="ClusterOptions.MaxAttempts"/> times without an outcome is marked failed with the last
/// reason. The outcome is written only while the claim still holds (<see cref="FinishAsync"/>).
/// </summary>
public sealed class FileClaims(NpgsqlDataSource source, ClusterOptions options)
{
    private const string Fence = "path = $1 AND state = 'pending' AND lease_owner = $2 AND attempts = $3";

    /// <summary>
    /// The next file for this worker, or null when none is free. Files found to repeat an earlier path's bytes
    /// are settled as duplicates on the way.
    /// </summary>
    public async Task<FileClaim?> ClaimAsync(CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            await GiveUpAsync(connection, transaction, cancellation);
            FileClaim? claim = null;
            await using (var command = Sql.Command(connection, transaction, """
                WITH next AS (
                    SELECT path FROM files
                    WHERE state = 'pending' AND attempts < $3 AND (lease_expires IS NULL OR lease_expires < now())
                    ORDER BY path LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                UPDATE files f
                SET lease_owner = $1, lease_expires = now() + make_interval(secs => $2), attempts = f.attempts + 1,
                    error = CASE WHEN f.lease_owner IS NULL THEN f.error
                                 ELSE 'the worker ' || f.lease_owner || ' stopped or lost its lease while reading it' END
                FROM next WHERE f.path = next.path
                RETURNING f.path, f.hash, f.pack_id, f.attempts, f.size, f.modified_ticks
                """, options.NodeName, (double)options.LeaseSeconds, options.MaxAttempts))
            await using (var reader = await command.ExecuteReaderAsync(cancellation))
                if (await reader.ReadAsync(cancellation))
                    claim = new FileClaim(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                        new FileFacts(reader.GetInt64(4), new DateTime(reader.GetInt64(5), DateTimeKind.Utc)));
            if (claim is null)
            {
                await transaction.CommitAsync(cancellation);
                return null;
            }
            var original = await Sql.ScalarAsync<string>(connection, transaction,
                "SELECT path FROM files WHERE hash = $1 AND path < $2 AND state <> 'duplicate' ORDER BY path LIMIT 1",
                cancellation, claim.Hash, claim.Path);
            if (original is null)
            {
                await transaction.CommitAsync(cancellation);
                return claim;
            }
            // Of identical files the first path is the one read, as in an embedded build.
            await Settling.SettleAsync(connection, transaction, claim.PackId, Entry(claim, FileState.Duplicate) with { DuplicateOf = original }, [], cancellation);
            await transaction.CommitAsync(cancellation);
        }
    }

    /// <summary>Extends the claim's lease; false when it was lost (taken over, or the file changed or went).</summary>
    public async Task<bool> RenewAsync(FileClaim claim, CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        return await Sql.ExecuteAsync(connection, null,
            $"UPDATE files SET lease_expires = now() + make_interval(secs => $4) WHERE {Fence} AND lease_expires > now()",
            cancellation, claim.Path, options.NodeName, claim.Attempt, (double)options.LeaseSeconds) == 1;
    }

    /// <summary>
    /// Writes the file's outcome, its records and their journal entries in one transaction, fenced on the claim
    /// still holding: false (nothing written) when the lease ran out or another worker has claimed the file since.
    /// </summary>
    public async Task<bool> FinishAsync(FileClaim claim, DocumentRead read, CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        var held = await Sql.ScalarAsync<string>(connection, transaction,
            $"SELECT path FROM files WHERE {Fence} AND lease_expires > now() FOR UPDATE",
            cancellation, claim.Path, options.NodeName, claim.Attempt);
        if (held is null)
            return false;
        await Settling.SettleAsync(connection, transaction, claim.PackId, read.Entry with { File = claim.Path, Hash = claim.Hash }, read.Records, cancellation);
        await transaction.CommitAsync(cancellation);
        return true;
    }

    /// <summary>
    /// Gives the claim back with the reason it ended without an outcome (a crash that was not the file's fault);
    /// the file stays pending for the next claim, until its attempts run out.
    /// </summary>
    public async Task ReleaseAsync(FileClaim claim, string reason, CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await Sql.ExecuteAsync(connection, null, $"UPDATE files SET lease_owner = NULL, lease_expires = NULL, error = $4 WHERE {Fence}",
            cancellation, claim.Path, options.NodeName, claim.Attempt, reason);
    }

    private async Task GiveUpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellation)
    {
        var spent = new List<(string Path, string Hash, string PackId, int Attempts, string? Error)>();
        await using (var command = Sql.Command(connection, transaction, """
            SELECT path, hash, pack_id, attempts, CASE WHEN lease_owner IS NULL THEN error
                   ELSE 'the worker ' || lease_owner || ' stopped or lost its lease while reading it' END FROM files
            WHERE state = 'pending' AND attempts >= $1 AND (lease_expires IS NULL OR lease_expires < now())
            ORDER BY path LIMIT 20 FOR UPDATE SKIP LOCKED
            """, options.MaxAttempts))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation))
                spent.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        foreach (var (path, hash, packId, attempts, error) in spent)
        {
            var reason = error ?? "no reason was recorded";
            var entry = new LedgerEntry
            {
                File = path, Hash = hash, Size = 0, ModifiedUtc = default, State = FileState.Failed,
                Error = $"gave up after {attempts} attempts: {reason}",
            };
            await Settling.SettleAsync(connection, transaction, packId, entry, [], cancellation);
        }
    }

    private static LedgerEntry Entry(FileClaim claim, FileState state) => new()
    {
        File = claim.Path, Hash = claim.Hash, Size = claim.Facts.Size, ModifiedUtc = claim.Facts.ModifiedUtc, State = state,
    };
}
