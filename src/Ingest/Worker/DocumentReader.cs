using System.Diagnostics;
using AgendaSearch.Records;
using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Packs;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Reads one corpus file into its outcome: extracted in the isolated child pool, classified (indexed, failed,
/// no-text) and, when indexed, built into records under its pack id. Where the outcome goes is the caller's:
/// the embedded worker writes it to the local index and ledger (<see cref="PackProcessor"/>), a cluster worker
/// to the shared store.
/// </summary>
public sealed class DocumentReader(string root, IPackExtractor extractor, IPackRecords records, ILogger logger)
{
    // The reader reports a pack with no text at all; a scan that still carries a stamped page number or a
    // few characters is caught here: real text runs to hundreds of characters per page.
    private const int MinCharactersPerPage = 10;

    /// <summary>
    /// The outcome of <paramref name="file"/> (corpus-relative) as it was when it had <paramref name="facts"/> and
    /// <paramref name="hash"/>; null when it changed while it was being read (the result would mix two versions).
    /// </summary>
    public async Task<DocumentRead?> ReadAsync(string file, FileFacts facts, string hash, string packId,
        Action<OcrCount>? ocrProgress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var path = Path.Combine(root, file);
        var result = await extractor.ExtractAsync(path, ocrProgress, cancellation);
        if (FileFacts.Of(path) != facts)
            return null;
        var (entry, built) = Classify(file, facts, hash, result, packId);
        return new DocumentRead(entry with { Milliseconds = clock.ElapsedMilliseconds, IngestedAt = DateTimeOffset.UtcNow }, built);
    }

    private (LedgerEntry Entry, IReadOnlyList<SearchRecord> Records) Classify(string file, FileFacts facts, string hash, ExtractionResult result, string packId)
    {
        var entry = new LedgerEntry
        {
            File = file, Hash = hash, Size = facts.Size, ModifiedUtc = facts.ModifiedUtc,
            State = FileState.Failed, Error = result.Error, Pages = result.Pages, OcrPages = result.OcrPages,
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
            var built = records.Build(pack, packId, CouncilFiles.For(root, file));
            return (entry with { State = FileState.Indexed, Records = built.Count, PackId = packId }, built);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Building records for {File} failed", file);
            return (entry with { Error = $"record builder crashed: {e.GetType().Name}: {e.Message}" }, []);
        }
    }

    private static bool IsImageOnly(AgendaPack pack, int pages) =>
        pack.Pages.Sum(p => p.Lines.Sum(l => l.Text.Count(char.IsLetterOrDigit))) < MinCharactersPerPage * pages;
}
