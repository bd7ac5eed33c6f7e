namespace AgendaSearch.Cluster;

/// <summary>
/// What a cluster process does (Cluster:Roles, e.g. "ingest", "search" or "ingest,search"; case does not matter).
/// </summary>
[Flags]
public enum ClusterRoles
{
    None = 0,

    /// <summary>Discovers corpus files, claims them from PostgreSQL, extracts them and writes their records and journal entries.</summary>
    Ingest = 1,

    /// <summary>Follows the journal into its own Lucene index (Index:Path) and serves the API and page from it.</summary>
    Search = 2,
}
