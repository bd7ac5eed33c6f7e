using AgendaSearch.Bench;

// Measurements run by bench/run. Each verb prints one line of key=value pairs for the report table.
return args switch
{
    ["extract", var directory, ..] => ExtractBenchmark.Run(directory, Threads(args)),
    ["stages", var directory, ..] => StageBenchmark.Run(directory, Threads(args)),
    ["search", var index, var queries, ..] => SearchBenchmark.Run(index, queries, Rounds(args), DirectoryKind(args), RankingBenchmark.Options(Value(args, "--ranking") ?? "")),
    ["scan", var source, var output, "--pages", var range, ..] when range.Split('-') is [var a, var b] =>
        ScanMaker.Run(source, output, int.Parse(a), int.Parse(b), Option(args, "--dpi", 200), args.Contains("--digital")),
    ["coverage", var directory, ..] => CoverageBenchmark.Run(directory, Sample(args), args.Contains("--verbose")),
    ["ranking", ..] => RankingBenchmark.Run(
        Options(args, "--corpus", RelevanceBenchmark.DefaultCorpora), Options(args, "--needs", RelevanceBenchmark.DefaultLists),
        Options(args, "--ranking", []), args.Contains("--per-need")),
    ["visibility", "--connection", var connection, .. var nodes] when nodes.Length > 0 =>
        VisibilityBenchmark.Run(connection, nodes.Select(n => n.Split('=', 2)).Select(n => (n[0], new Uri(n[1]))).ToList()),
    ["relevance", ..] when args.Contains("--records") => RelevanceBenchmark.Records(Options(args, "--corpus", RelevanceBenchmark.DefaultCorpora), args.Contains("--verbose")),
    ["relevance", ..] => RelevanceBenchmark.Run(
        Options(args, "--corpus", RelevanceBenchmark.DefaultCorpora), Options(args, "--needs", RelevanceBenchmark.DefaultLists),
        Value(args, "--last") ?? RelevanceBenchmark.DefaultLast, Value(args, "--need"),
        args.Contains("--record"), args.Contains("--verbose")),
    _ => Usage(),
};

static int Threads(string[] args) =>
    Array.IndexOf(args, "--threads") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : Environment.ProcessorCount;

static int Option(string[] args, string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;

static string? Value(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

// Every value of a repeatable option, or the defaults when it is not given.
static string[] Options(string[] args, string name, string[] defaults) =>
    args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToArray() is { Length: > 0 } given
        ? given
        : defaults;

static int Rounds(string[] args) =>
    Array.IndexOf(args, "--rounds") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : 20;

static int Sample(string[] args) =>
    Array.IndexOf(args, "--sample") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : 200;

static AgendaSearch.Index.IndexDirectoryKind DirectoryKind(string[] args) =>
    Array.IndexOf(args, "--directory") is var i and >= 0 && i + 1 < args.Length
        ? Enum.Parse<AgendaSearch.Index.IndexDirectoryKind>(args[i + 1], ignoreCase: true)
        : new AgendaSearch.Index.IndexOptions().Directory;

static int Usage()
{
    Console.Error.WriteLine("usage: Bench extract DIR [--threads N]   PdfPig extraction (PdfTextReader) of every DIR/*.pdf");
    Console.Error.WriteLine("       Bench stages DIR [--threads N]    thread CPU per ingest stage (pdfpig, parse, transport, records, index)");
    Console.Error.WriteLine("       Bench scan SRC OUT --pages A-B [--dpi D] [--digital]   pages A-B of SRC as an image-only PDF (or copied, --digital)");
    Console.Error.WriteLine("       Bench search INDEX QUERIES [--rounds N] [--directory NIOFS|MMap] [--ranking \"Name=value,...\"]   CPU ms per query of the query list, in process, one thread");
    Console.Error.WriteLine("       Bench visibility --connection CS NAME=URL...   per search node, p50/p99 ms from a journal write to applied (cluster mode)");
    Console.Error.WriteLine("       Bench coverage DIR [--sample N] [--verbose]   share of words printed in one PDF only that search finds in that PDF (N a PDF, default 200), records without body or date, ids two documents share");
    Console.Error.WriteLine("       Bench relevance [--corpus DIR]... [--needs FILE]... [--last TSV] [--need ID] [--record] [--verbose]");
    Console.Error.WriteLine("       Bench ranking [--ranking \"Name=value,...\"]... [--corpus DIR]... [--needs FILE]... [--per-need]");
    Console.Error.WriteLine("                 the relevance lists under each ranking setting (RankingOptions properties), one parse of the corpus");
    Console.Error.WriteLine("       Bench relevance --records [--corpus DIR]... [--verbose]   every record judgements can name (pack, first and last page, kind, title, opening words or all its text)");
    Console.Error.WriteLine("                 nDCG@10, MRR and recall@20 of the judgement lists (bench/relevance/*.md) over an index of the corpus folders,");
    Console.Error.WriteLine("                 overall, per kind of need and per need; needs worse than the recorded run (--record rewrites it)");
    return 2;
}
