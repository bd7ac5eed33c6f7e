using AgendaSearch.Records;
using System.Diagnostics;
using System.Web;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Bench;

/// <summary>
/// The search benchmark's query mix (bench/search-queries.txt) straight against <see cref="ISearchIndex"/>, one
/// thread, no HTTP: CPU milliseconds per query (the thread's, and the process's with GC and JIT), to see what the index costs apart from Kestrel and JSON, and to
/// compare optimisations without the noise of a shared machine's scheduling.
/// </summary>
internal static class SearchBenchmark
{
    private const int WarmupRounds = 10;

    public static int Run(string indexPath, string queriesPath, int rounds, IndexDirectoryKind directory, RankingOptions ranking)
    {
        var lines = File.ReadLines(queriesPath)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var requests = lines.Select(Parse).ToList();
        using var index = SearchIndex.Open(new IndexOptions { Path = indexPath, Directory = directory, Ranking = ranking });
        // Warm-up rounds, untimed: enough calls for tiered JIT to reach optimised code.
        var hits = 0L;
        for (var round = 0; round < WarmupRounds; round++)
            foreach (var request in requests)
                hits += index.Search(request).Hits.Count;
        hits = 0;
        var perQuery = new double[requests.Count];
        var perQueryBytes = new long[requests.Count];
        var before = ThreadCpu.Seconds();
        var processBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var collectionsBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
            for (var i = 0; i < requests.Count; i++)
            {
                var start = ThreadCpu.Seconds();
                var startBytes = GC.GetAllocatedBytesForCurrentThread();
                hits += index.Search(requests[i]).Hits.Count;
                perQuery[i] += ThreadCpu.Seconds() - start;
                perQueryBytes[i] += GC.GetAllocatedBytesForCurrentThread() - startBytes;
            }

        var cpu = ThreadCpu.Seconds() - before;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var collections = GC.CollectionCount(0) - collectionsBefore;
        var processCpu = (Process.GetCurrentProcess().TotalProcessorTime - processBefore).TotalSeconds;
        var queries = rounds * requests.Count;
        Console.WriteLine($"search queries={queries} seconds={clock.Elapsed.TotalSeconds:F2} thread_cpu_seconds={cpu:F2} " +
                          $"directory={directory} cpu_ms_per_query={1000 * cpu / queries:F2} process_cpu_ms_per_query={1000 * processCpu / queries:F2} hits={hits} " +
                          $"allocated_kb_per_query={allocated / 1024.0 / queries:F0} gen0_collections={collections}");
        // Which queries cost what, for profiling (stderr, so the report line on stdout stays one line).
        for (var i = 0; i < requests.Count; i++)
            Console.Error.WriteLine($"{1000 * perQuery[i] / rounds,8:F2} ms {perQueryBytes[i] / 1024 / rounds,7} KB  {lines[i]}");
        return 0;
    }

    /// <summary>One line of the query list ("q=budget&amp;body=Cabinet&amp;sort=date") as the API would read it.</summary>
    private static SearchRequest Parse(string line)
    {
        var query = HttpUtility.ParseQueryString(line);
        string[] All(string name) => query.GetValues(name) ?? [];
        return new SearchRequest
        {
            Query = string.IsNullOrWhiteSpace(query["q"]) ? null : query["q"],
            Types = All("type").Select(RecordKinds.Parse).ToList(),
            Bodies = All("body"),
            Officers = All("officer"),
            Years = All("year").Select(int.Parse).ToList(),
            From = query["from"] is { } from ? DateOnly.Parse(from) : null,
            To = query["to"] is { } to ? DateOnly.Parse(to) : null,
            Sort = query["sort"] == "date" ? SearchSort.Date : SearchSort.Relevance,
            Page = int.TryParse(query["page"], out var page) ? page : 1,
        };
    }
}
