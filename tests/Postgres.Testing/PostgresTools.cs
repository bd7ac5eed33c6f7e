using System.Diagnostics;

namespace AgendaSearch.Postgres.Testing;

/// <summary>
/// Debian's PostgreSQL server programs (initdb, pg_ctl) and how to run them: as the <c>postgres</c> system user
/// when this process is root, because initdb refuses to run as root (CI runs as root).
/// </summary>
internal sealed class PostgresTools
{
    private const string Missing =
        "PostgreSQL is not installed: the cluster tests start a private server with its initdb and pg_ctl, looked for under " +
        "/usr/lib/postgresql/<version>/bin. Install it with `apt-get install postgresql`, or set AGENDASEARCH_TEST_PG to the " +
        "connection string of a server to use.";

    private PostgresTools(string bin, bool asPostgresUser)
    {
        Bin = bin;
        AsPostgresUser = asPostgresUser;
    }

    public string Bin { get; }

    /// <summary>True when the tools run through <c>runuser -u postgres</c> (this process is root).</summary>
    public bool AsPostgresUser { get; }

    /// <summary>The newest installed version's tools.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed; the message says how to install it.</exception>
    public static PostgresTools Find()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException(Missing);
        return new PostgresTools(bin, Environment.UserName == "root");
    }

    /// <summary>Gives <paramref name="directory"/> to the user the server runs as.</summary>
    public void Own(string directory)
    {
        if (AsPostgresUser)
            Run("chown", ["-R", "postgres:postgres", directory], asServerUser: false);
    }

    /// <summary>Runs one of the server programs and waits; throws with its output when it fails.</summary>
    public string Tool(string name, params string[] arguments) => Run(Path.Combine(Bin, name), arguments, asServerUser: true);

    /// <summary>Sends a signal to a server process (it runs as another user when this process is root, so no Process.Kill).</summary>
    public void Signal(int pid, string signal)
    {
        try
        {
            Run("kill", [$"-{signal}", pid.ToString()], asServerUser: false);
        }
        catch (InvalidOperationException)
        {
            // Gone already.
        }
    }

    /// <summary>
    /// Starts a watchdog that outlives this process: once process <paramref name="owner"/> is gone (however it
    /// ended: the test host may be killed before its exit handlers finish), it stops the server whose files are
    /// in <paramref name="directory"/> and deletes them, so no test run leaves a server behind.
    /// </summary>
    public void Watch(int owner, string directory)
    {
        const string script = """
            exec </dev/null >/dev/null 2>&1
            while kill -0 "$1"; do sleep 1; done
            pid=$(head -n 1 "$2/data/postmaster.pid")
            [ -n "$pid" ] && kill -QUIT "$pid" && sleep 2
            rm -rf "$2"
            """;
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var a in new[] { "-c", script, "watchdog", owner.ToString(), directory })
            start.ArgumentList.Add(a);
        using var _ = Process.Start(start);
    }

    private string Run(string program, IReadOnlyList<string> arguments, bool asServerUser)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser && AsPostgresUser)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", program })
                start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        // pg_ctl's server inherits these pipes; reading them to the end would wait for the server to stop.
        // The server logs to a file instead (pg_ctl -l), so only the tool's own output arrives here.
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}{output.Result}");
        return output.Result;
    }
}
