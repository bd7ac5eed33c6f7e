using AgendaSearch.Ingest.Ledger;

namespace AgendaSearch.Ingest.Worker;

/// <summary>Counts over the ledger; <see cref="Pages"/> and <see cref="Records"/> count indexed files only.</summary>
public sealed record IngestTotals(int Files, int Pending, int Indexed, int Failed, int NoText, int Duplicate, int Pages, int Records)
{
    public static IngestTotals Of(IReadOnlyList<LedgerEntry> files)
    {
        int Count(FileState state) => files.Count(f => f.State == state);
        var indexed = files.Where(f => f.State == FileState.Indexed).ToList();
        return new IngestTotals(files.Count, Count(FileState.Pending), indexed.Count, Count(FileState.Failed),
            Count(FileState.NoText), Count(FileState.Duplicate), indexed.Sum(f => f.Pages ?? 0), indexed.Sum(f => f.Records));
    }
}
