using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Worker;

/// <summary>What reading one file gave: its ledger entry (state, pages, error, timing) and, when indexed, its records.</summary>
public sealed record DocumentRead(LedgerEntry Entry, IReadOnlyList<SearchRecord> Records);
