using System.Collections.Concurrent;
using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Ledger;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Reads one queued file (<see cref="DocumentReader"/>) and writes its records and ledger entry through the gate in
/// one step: a changed pack's records are replaced, never mixed with the old ones.
/// </summary>
internal sealed class PackProcessor(DocumentReader reader, FileLedger ledger, IndexGate gate, WorkQueue queue, ILogger logger)
{
    private readonly ConcurrentDictionary<string, OcrCount> reading = new(StringComparer.Ordinal);

    public event Action<LedgerEntry>? Processed;

    /// <summary>Files whose scanned pages are being read by OCR right now, and how far each has got.</summary>
    public IReadOnlyList<OcrProgress> Ocr =>
        reading.Select(p => new OcrProgress(p.Key, p.Value.Done, p.Value.Of)).OrderBy(p => p.File, StringComparer.Ordinal).ToList();

    /// <summary>False when the file changed while it was being read; the result is dropped and the file planned again.</summary>
    public async Task<bool> ProcessAsync(WorkItem item, CancellationToken cancellation)
    {
        var stale = ledger[item.File]?.PackId;
        var packId = stale ?? PackIds.For(item.File, ledger);
        DocumentRead? read;
        try
        {
            read = await reader.ReadAsync(item.File, item.Facts, item.Hash, packId, count => reading[item.File] = count, cancellation);
        }
        finally
        {
            reading.TryRemove(item.File, out _);
        }
        if (read is not ({ } entry, var built))
            return false;
        gate.Write(item.File, (index, l) =>
        {
            if (entry.State == FileState.Indexed)
                index.ReplacePack(packId, built);
            else if (stale is not null)
                index.RemovePack(stale);
            l.Set(entry);
        });
        Log(entry);
        Processed?.Invoke(entry);
        return true;
    }

    private void Log(LedgerEntry entry)
    {
        // The file itself is still counted in the queue until its consumer finishes it.
        var remaining = Math.Max(0, queue.Count - 1);
        switch (entry.State)
        {
            case FileState.Indexed:
                if (entry.OcrPages is { } scanned)
                    logger.LogInformation("Indexed {File}: {Pages} pages ({OcrPages} read by OCR), {Records} records in {Milliseconds} ms; {Remaining} files to go",
                        entry.File, entry.Pages, scanned, entry.Records, entry.Milliseconds, remaining);
                else
                    logger.LogInformation("Indexed {File}: {Pages} pages, {Records} records in {Milliseconds} ms; {Remaining} files to go",
                        entry.File, entry.Pages, entry.Records, entry.Milliseconds, remaining);
                break;
            case FileState.NoText:
                logger.LogWarning("No text in {File}: {Pages} pages, image-only (scanned?), not indexed: {Error}, in {Milliseconds} ms; {Remaining} files to go",
                    entry.File, entry.Pages, entry.Error, entry.Milliseconds, remaining);
                break;
            default:
                logger.LogWarning("Failed {File}: {Error} after {Milliseconds} ms; {Remaining} files to go",
                    entry.File, entry.Error, entry.Milliseconds, remaining);
                break;
        }
    }
}
