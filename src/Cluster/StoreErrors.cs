using Npgsql;

namespace AgendaSearch.Cluster;

/// <summary>Which failures mean PostgreSQL cannot be reached now (worth trying again), rather than a bad statement.</summary>
public static class StoreErrors
{
    public static bool IsTransient(Exception e) =>
        e is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException
        || e is NpgsqlException && e.InnerException is IOException or System.Net.Sockets.SocketException
        || e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" };

    /// <summary>Any failure of the store (unreachable, or not migrated yet): what a status or health answer reports as unavailable.</summary>
    public static bool IsStoreFailure(Exception e) =>
        e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException;
}
