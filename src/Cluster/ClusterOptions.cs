namespace AgendaSearch.Cluster;

/// <summary>
/// Settings of cluster mode (configuration section "Cluster"). With no <see cref="ConnectionString"/> the app
/// runs embedded, exactly as without this section: one process, the ledger in the Lucene commit.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>Npgsql connection string of the shared PostgreSQL database. Empty (default): embedded mode.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>What this process does. Default: both.</summary>
    public ClusterRoles Roles { get; set; } = ClusterRoles.Ingest | ClusterRoles.Search;

    /// <summary>This process's name in leases and logs. Default: host name and process id.</summary>
    public string NodeName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>
    /// How long a claim on a file lasts without renewal. A worker renews its claims while it extracts, so this is
    /// how soon a file held by a dead worker is taken by another. Default: 60.
    /// </summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>Claims of one file before it is marked failed with the last reason. Default: 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Journal entries a search node may be behind the head and still be ready (/healthz 200). Default: 100.</summary>
    public long ReadyLag { get; set; } = 100;

    /// <summary>
    /// How often a search node looks for new journal entries and an idle worker for files to claim; a
    /// notification from PostgreSQL wakes a node sooner. Default: 500.
    /// </summary>
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>True when a connection string is set.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(ConnectionString);

    public TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, LeaseSeconds));

    public TimeSpan Poll => TimeSpan.FromMilliseconds(Math.Max(10, PollMilliseconds));
}
