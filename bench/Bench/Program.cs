using AgendaSearch.Bench;

// Measurements run by bench/run. Each verb prints one line of key=value pairs for the report table.
return args switch
{
    ["extract", var directory, ..] => ExtractBenchmark.Run(directory, Threads(args)),
    ["stages", var directory, ..] => StageBenchmark.Run(directory, Threads(args)),
    _ => Usage(),
};

static int Threads(string[] args) =>
    Array.IndexOf(args, "--threads") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : Environment.ProcessorCount;

static int Usage()
{
    Console.Error.WriteLine("usage: Bench extract DIR [--threads N]   PdfPig extraction (PdfTextReader) of every DIR/*.pdf");
    Console.Error.WriteLine("       Bench stages DIR [--threads N]    thread CPU per ingest stage (pdfpig, parse, transport, records, index)");
    return 2;
}
