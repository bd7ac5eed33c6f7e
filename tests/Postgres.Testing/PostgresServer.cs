using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AgendaSearch.Postgres.Testing;

/// <summary>
/// A PostgreSQL server for tests, so plain <c>dotnet test</c> needs no running server: a private one initialised
/// in a temporary directory and listening on 127.0.0.1 at a free port (its socket in that directory too), or,
/// when <c>AGENDASEARCH_TEST_PG</c> holds a connection string, that server. Each test takes a fresh database
/// (<see cref="CreateDatabase"/>). A private server can be stopped, started and restarted, for tests of what
/// survives a restart. PostgreSQL missing is a failure naming <c>apt-get install postgresql</c>, never a skip.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>The environment variable naming an existing server (a connection string with rights to create databases).</summary>
    public const string Variable = "AGENDASEARCH_TEST_PG";

    private static readonly Lazy<PostgresServer> shared = new(() =>
    {
        var server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? new PostgresServer(given) : StartPrivate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    });

    private readonly PostgresTools? tools;
    private readonly string? directory;
    private readonly NpgsqlConnectionStringBuilder admin;
    private readonly List<string> created = [];
    private int disposed;

    private PostgresServer(string connectionString)
    {
        admin = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
    }

    private PostgresServer(PostgresTools tools, string directory, int port)
    {
        this.tools = tools;
        this.directory = directory;
        Port = port;
        admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = false,
        };
    }

    /// <summary>The server all tests of this process share (the one <see cref="Variable"/> names, else a private one).</summary>
    public static PostgresServer Shared => shared.Value;

    /// <summary>The port a private server listens on (it keeps it across restarts); 0 for a server given by <see cref="Variable"/>.</summary>
    public int Port { get; }

    /// <summary>True for a server this process started (and so may stop and restart).</summary>
    public bool IsPrivate => tools is not null;

    /// <summary>The server's log file (private servers), for a failing test's message.</summary>
    public string? LogFile => directory is null ? null : Path.Combine(directory, "server.log");

    /// <summary>
    /// Initialises and starts a server of its own, whatever <see cref="Variable"/> says: for a test that stops
    /// or restarts it without disturbing others.
    /// </summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed (the message says how to install it) or did not start.</exception>
    public static PostgresServer StartPrivate()
    {
        var tools = PostgresTools.Find();
        var directory = Path.Combine(Path.GetTempPath(), "agendasearch-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(directory, "socket"));
        tools.Own(directory);
        tools.Tool("initdb", "-D", Path.Combine(directory, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync");
        var server = new PostgresServer(tools, directory, FreePort());
        server.Start();
        tools.Watch(Environment.ProcessId, directory);
        return server;
    }

    /// <summary>A connection string to <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>Creates an empty database with a new name and returns a connection string to it.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        lock (created)
            created.Add(name);
        return ConnectionString(name);
    }

    /// <summary>Starts a stopped private server on its port; returns once it accepts connections.</summary>
    public void Start()
    {
        var tools = Own();
        // fsync off: a test server's data need not survive a power cut, and tests then wait less for disks.
        var options = $"-p {Port} -k {Path.Combine(directory!, "socket")} -c listen_addresses=127.0.0.1 " +
                      "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        tools.Tool("pg_ctl", "-D", Path.Combine(directory!, "data"), "-l", LogFile!, "-o", options, "-w", "-t", "60", "start");
    }

    /// <summary>Stops a private server (fast shutdown: open connections are cut, as in a real restart).</summary>
    public void Stop() =>
        Own().Tool("pg_ctl", "-D", Path.Combine(directory!, "data"), "-m", "fast", "-w", "-t", "60", "stop");

    /// <summary>Stops and starts a private server on the same port.</summary>
    public void Restart()
    {
        Stop();
        Start();
    }

    /// <summary>Stops a private server and deletes its files; drops the databases made on a given server.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        if (tools is null)
        {
            DropCreated();
            return;
        }
        // At process exit the test host allows little time, so no pg_ctl: SIGQUIT (PostgreSQL's immediate
        // shutdown) first, then the files. The watchdog started with the server finishes whatever this leaves.
        var pidFile = Path.Combine(directory!, "data", "postmaster.pid");
        var pid = File.Exists(pidFile) ? File.ReadLines(pidFile).FirstOrDefault() : null;
        if (int.TryParse(pid, out var id))
            tools.Signal(id, "QUIT");
        try
        {
            Directory.Delete(directory!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void DropCreated()
    {
        try
        {
            using var connection = new NpgsqlConnection(admin.ConnectionString);
            connection.Open();
            foreach (var name in created)
            {
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                command.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // The server went away first; its owner cleans it.
        }
    }

    private PostgresTools Own() =>
        tools ?? throw new InvalidOperationException(
            $"This server was given by {Variable}; only a server from StartPrivate can be stopped or restarted.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
