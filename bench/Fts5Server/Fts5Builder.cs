using System.Diagnostics;
using System.Text.Json;
using AgendaSearch.Index;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using Microsoft.Data.Sqlite;

namespace AgendaSearch.Fts5Server;

/// <summary>
/// Reads every searchable record out of a built index through <see cref="ISearchIndex"/> (so both engines hold the
/// same records) and writes the FTS5 database. Prints one key=value line: records, seconds, CPU seconds, bytes.
/// </summary>
internal static class Fts5Builder
{
    private const int PageSize = 1000;
    private static readonly RecordKind[] SearchableTypes = [RecordKind.Item, RecordKind.Minute, RecordKind.Resolution, RecordKind.Question, RecordKind.Section];

    public static int Run(string indexPath, string dbPath)
    {
        var records = ReadRecords(indexPath);
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

    private static List<SearchRecord> ReadRecords(string indexPath)
    {
        using var index = SearchIndex.Open(new IndexOptions { Path = indexPath });
        var records = new List<SearchRecord>();
        for (var page = 1; ; page++)
        {
            var results = index.Search(new SearchRequest { Types = SearchableTypes, Page = page, PageSize = PageSize });
            // Hits carry no text (lists show the snippet), so each record is read whole.
            records.AddRange(results.Hits.Select(h => index.Get(h.Record.Id) ?? h.Record));
            if (results.Hits.Count < PageSize)
                return records;
        }
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
            var date = r.MeetingDate is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : (int?)null;
            var names = string.Join(' ', r.Officers.Append(r.AskedBy).Append(r.AnsweredBy).OfType<string>());
            Set(record, rowid, r.Id, r.Type.Name(), r.Body, Fts5Search.Key(r.Body), date, r.MeetingDate?.Year, r.Title, r.Text, names, Summary(r));
            record.ExecuteNonQuery();
            foreach (var name in r.Officers)
            {
                Set(officer, rowid, name, Fts5Search.Key(name));
                officer.ExecuteNonQuery();
            }
        }
    }

    /// <summary>What the API lists for a hit besides the snippet, stored ready to send.</summary>
    private static string Summary(SearchRecord r) => JsonSerializer.Serialize(new
    {
        id = r.Id, type = r.Type.Name(), title = r.Title, body = r.Body, meetingDate = r.MeetingDate,
        itemNumber = r.ItemNumber, minuteNumber = r.MinuteNumber, resolutionLabel = r.ResolutionLabel,
        officers = r.Officers, askedBy = r.AskedBy, answeredBy = r.AnsweredBy,
        pages = r.Pages.Length > 0 ? new[] { r.Pages[0], r.Pages[^1] } : [],
        pdf = $"/api/packs/{r.PackId}/pdf", url = $"/api/documents/{r.Id}", meetingId = r.MeetingId, parentId = r.ParentId,
    });

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
