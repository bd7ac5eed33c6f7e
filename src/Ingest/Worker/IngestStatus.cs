using AgendaSearch.Ingest.Ledger;

namespace AgendaSearch.Ingest.Worker;

/// <summary>What GET /api/ingest/status returns: every file's ledger entry, totals and the worker's progress.</summary>
public sealed record IngestStatus(IReadOnlyList<LedgerEntry> Files, IngestTotals Totals, IngestProgress Progress);
