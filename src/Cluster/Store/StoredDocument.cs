using AgendaSearch.Records;

namespace AgendaSearch.Cluster.Store;

/// <summary>A document's records as the shared store holds them now, with the corpus file they came from.</summary>
public sealed record StoredDocument(string PackId, string Path, IReadOnlyList<SearchRecord> Records);
