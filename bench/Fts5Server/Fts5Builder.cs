using System.Diagnostics;
using System.Text.Json;
using AgendaSearch.Index;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using Microsoft.Data.Sqlite;

namespace AgendaSearch.Fts5Server;

/// <summary>
/// Writes the FTS5 database from the searchable records of a built index (<see cref="BaselineRecords"/>). Prints one key=value line: records, seconds, CPU seconds, bytes.
/// </summary>
internal static class Fts5Builder
{
    public static int Run(string indexPath, string dbPath)
    {
        var records = BaselineRecords.Read(indexPath);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var file in new[] { dbPath, dbPath + "-journal", dbPath + "-wal" })
            File.Delete(file);
        using (var connection = new SqliteConnection($"Data Source={dbPath};Pooling=False"))
        {
            connection.Open();
            Execute(connection, Fts5Schema.Create);
            using (var transaction = connection.BeginTransaction())
            {
                Insert(connection, transaction, records);
                transaction.Commit();
            }
            Execute(connection, Fts5Schema.Finish);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"fts5 records={records.Count} seconds={seconds:F2} cpu_seconds={cpu:F2} bytes={new FileInfo(dbPath).Length}");
        return 0;
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, List<SearchRecord> records)
    {
        using var record = Command(connection, transaction, Fts5Schema.InsertRecord,
            "$rowid", "$id", "$type", "$body", "$body_key", "$date", "$year", "$title", "$text", "$names", "$summary");
        using var officer = Command(connection, transaction, Fts5Schema.InsertOfficer, "$record", "$officer", "$key");
        var rowid = 0;
        foreach (var r in records)
        {
            rowid++;
            Set(record, rowid, r.Id, r.Type.Name(), r.Body, BaselineRecords.Key(r.Body), BaselineRecords.Date(r), r.MeetingDate?.Year,
                r.Title, r.Text, BaselineRecords.Names(r), BaselineRecords.Summary(r));
            record.ExecuteNonQuery();
            foreach (var name in r.Officers)
            {
                Set(officer, rowid, name, BaselineRecords.Key(name));
                officer.ExecuteNonQuery();
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
