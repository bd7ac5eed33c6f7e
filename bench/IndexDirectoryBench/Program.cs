using System.Diagnostics;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Storage;
using Lucene.Net.Store;

// NIOFSDirectory vs MMapDirectory: search throughput with 2 threads over one index of random
// records. Usage: dotnet run -c Release --project bench/IndexDirectoryBench [records] [seconds] [rounds]
var records = args.Length > 0 ? int.Parse(args[0]) : 5000;
var seconds = args.Length > 1 ? double.Parse(args[1]) : 5;
var rounds = args.Length > 2 ? int.Parse(args[2]) : 3;
const int Threads = 2;

var path = Path.Combine(Path.GetTempPath(), "agendasearch-bench-" + Guid.NewGuid().ToString("N"));
var random = new Random(7);
var vocabulary = Enumerable.Range(0, 3000).Select(i => Word(random, i)).ToArray();
string Zipf() => vocabulary[(int)Math.Min(vocabulary.Length - 1, Math.Exp(random.NextDouble() * Math.Log(vocabulary.Length)) - 1)];

try
{
    using (var index = new LuceneSearchIndex(new NIOFSDirectory(path)))
    {
        string[] types = ["item", "minute", "resolution", "question"];
        string[] people = ["Chris Tambini", "Declan Keegan", "Tom Purnell", "Zafar Saleem", "Ashley Epps", "Gordon McFarlane"];
        for (var pack = 0; pack < records / 100; pack++)
        {
            var packId = $"pack-{pack}";
            index.ReplacePack(packId, Enumerable.Range(0, 100).Select(i => new SearchRecord
            {
                Id = $"{packId}:{i}",
                Type = types[random.Next(types.Length)],
                Body = $"Committee {random.Next(6)}",
                MeetingDate = new DateOnly(2018, 1, 1).AddDays(random.Next(2500)),
                PackId = packId,
                Title = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Zipf())),
                Text = string.Join(' ', Enumerable.Range(0, random.Next(100, 600)).Select(_ => Zipf())),
                Officers = people.OrderBy(_ => random.Next()).Take(random.Next(3)).ToList(),
                Sources = [packId],
            }).ToList());
            index.Commit(new Dictionary<string, string>());
        }

        Console.WriteLine($"{index.Count} records, {((LuceneSearchIndex)index).SegmentCount} segments, " +
                          $"{new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) / 1024 / 1024} MiB");
    }

    var queries = Enumerable.Range(0, 500).Select(i => new SearchRequest
    {
        Query = (i % 4) switch
        {
            0 => Zipf(),
            1 => $"{Zipf()} {Zipf()}",
            2 => $"\"{Zipf()} {Zipf()}\" OR {Zipf()}",
            _ => Zipf()[..3] + "*",
        },
        Officers = i % 5 == 0 ? ["Chris Tambini"] : [],
        Sort = i % 3 == 0 ? SearchSort.Date : SearchSort.Relevance,
    }).ToArray();

    for (var round = 1; round <= rounds; round++)
    {
        foreach (var (name, open) in new (string, Func<Lucene.Net.Store.Directory>)[]
                 {
                     ("NIOFSDirectory", () => new NIOFSDirectory(path)),
                     ("MMapDirectory", () => new MMapDirectory(path)),
                     ("RAMDirectory", () => new RAMDirectory(new NIOFSDirectory(path), IOContext.READ_ONCE)),
                 })
        {
            using var index = new LuceneSearchIndex(open());
            Run(index, queries, 1); // warm up the JIT and the OS cache
            var stopwatch = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var done = Run(index, queries, seconds);
            var cpuPerSearch = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / done;
            // The machine is shared: CPU time per search is steadier than wall-clock throughput.
            Console.WriteLine($"round {round} {name,-15} {done / stopwatch.Elapsed.TotalSeconds,8:F0} searches/s ({Threads} threads), {cpuPerSearch:F2} ms CPU/search");
        }
    }
}
finally
{
    System.IO.Directory.Delete(path, recursive: true);
}

static int Run(ISearchIndex index, SearchRequest[] queries, double seconds)
{
    var until = DateTime.UtcNow.AddSeconds(seconds);
    var counts = new int[Threads];
    Parallel.For(0, Threads, thread =>
    {
        for (var i = thread; DateTime.UtcNow < until; i += Threads)
        {
            index.Search(queries[i % queries.Length]);
            counts[thread]++;
        }
    });
    return counts.Sum();
}

static string Word(Random random, int i) =>
    new string(Enumerable.Range(0, 3 + i % 7).Select(_ => (char)('a' + random.Next(26))).ToArray());
