using AgendaSearch.Bench;

// Measurements run by bench/run. Each verb prints one line of key=value pairs for the report table.
return args switch
{
    ["extract", var directory, ..] => ExtractBenchmark.Run(directory, Threads(args)),
    _ => Usage(),
};

static int Threads(string[] args) =>
    Array.IndexOf(args, "--threads") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : Environment.ProcessorCount;

static int Usage()
{
    Console.Error.WriteLine("usage: Bench extract DIR [--threads N]   PdfPig extraction (PdfTextReader) of every DIR/*.pdf");
    return 2;
}
