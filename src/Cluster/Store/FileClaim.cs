using AgendaSearch.Ingest.Worker;

namespace AgendaSearch.Cluster.Store;

/// <summary>
/// A worker's claim on one file: the file as the ledger knows it, and <see cref="Attempt"/>, the claim's number,
/// which with the owner's name fences the worker's writes (a later claim has a higher number).
/// </summary>
public sealed record FileClaim(string Path, string Hash, string PackId, int Attempt, FileFacts Facts);
