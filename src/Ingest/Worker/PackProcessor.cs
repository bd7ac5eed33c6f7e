using System.Diagnostics;
using AgendaSearch.Records;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Packs;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Extracts one queued file, classifies the outcome (indexed, failed, no-text) and writes records and ledger
/// entry through the gate in one step: a changed pack's records are replaced, never mixed with the old ones.
/// </summary>
internal sealed class PackProcessor(string root, IPackExtractor extractor, IPackRecords records, FileLedger ledger, IndexGate gate, WorkQueue queue, ILogger logger)
{
    // The reader reports a pack with no text at all; a scan that still carries a stamped page number or a
    // few characters is caught here: real text runs to hundreds of characters per page.
    private const int MinCharactersPerPage = 10;

    public event Action<LedgerEntry>? Processed;

    /// <summary>False when the file changed while it was being read; the result is dropped and the file planned again.</summary>
    public async Task<bool> ProcessAsync(WorkItem item, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var path = Path.Combine(root, item.File);
        var result = await extractor.ExtractAsync(path, cancellation);
        if (FileFacts.Of(path) != item.Facts)
            return false;
        var stale = ledger[item.File]?.PackId;
        var packId = stale ?? PackIds.For(item.File, ledger);
        var (entry, built) = Classify(item, result, packId);
        entry = entry with { Milliseconds = clock.ElapsedMilliseconds, IngestedAt = DateTimeOffset.UtcNow };
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

    private (LedgerEntry Entry, IReadOnlyList<SearchRecord> Records) Classify(WorkItem item, ExtractionResult result, string packId)
    {
        var entry = new LedgerEntry
        {
            File = item.File, Hash = item.Hash, Size = item.Facts.Size, ModifiedUtc = item.Facts.ModifiedUtc,
            State = FileState.Failed, Error = result.Error, Pages = result.Pages,
        };
        if (result.Failure == PdfReadFailure.NoText)
            return (entry with { State = FileState.NoText }, []);
        if (result.Pack is not { } pack)
            return (entry, []);
        if (result.Pages is not > 0)
            return (entry with { Error = PdfProblems.NoPages }, []);
        if (IsImageOnly(pack, result.Pages.Value))
            return (entry with { State = FileState.NoText, Error = PdfProblems.NoText }, []);
        try
        {
            var built = records.Build(pack, packId);
            return (entry with { State = FileState.Indexed, Records = built.Count, PackId = packId }, built);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Building records for {File} failed", item.File);
            return (entry with { Error = $"record builder crashed: {e.GetType().Name}: {e.Message}" }, []);
        }
    }

    private static bool IsImageOnly(AgendaPack pack, int pages) =>
        pack.Pages.Sum(p => p.Lines.Sum(l => l.Text.Count(char.IsLetterOrDigit))) < MinCharactersPerPage * pages;

    private void Log(LedgerEntry entry)
    {
        // The file itself is still counted in the queue until its consumer finishes it.
        var remaining = Math.Max(0, queue.Count - 1);
        switch (entry.State)
        {
            case FileState.Indexed:
                logger.LogInformation("Indexed {File}: {Pages} pages, {Records} records in {Milliseconds} ms; {Remaining} files to go",
                    entry.File, entry.Pages, entry.Records, entry.Milliseconds, remaining);
                break;
            case FileState.NoText:
                logger.LogWarning("No text in {File}: {Pages} pages, image-only (scanned?), not indexed, in {Milliseconds} ms; {Remaining} files to go",
                    entry.File, entry.Pages, entry.Milliseconds, remaining);
                break;
            default:
                logger.LogWarning("Failed {File}: {Error} after {Milliseconds} ms; {Remaining} files to go",
                    entry.File, entry.Error, entry.Milliseconds, remaining);
                break;
        }
    }
}
