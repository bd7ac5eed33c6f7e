using System.Diagnostics;
using AgendaSearch.PackGenerator;
using AgendaSearch.PackGenerator.Output;
using AgendaSearch.PackGenerator.Planning;

// Deterministic benchmark corpus: plan every pack from the seed, then lay out and write them in parallel.
var options = GeneratorOptions.Parse(args, Console.Error);
if (options is null)
    return 2;
var clock = Stopwatch.StartNew();
var meetings = CorpusPlanner.Plan(options.Seed, options.Packs, options.MaxRun);
var planned = clock.Elapsed.TotalSeconds;
var written = CorpusWriter.Write(meetings, options.Out);
var seconds = clock.Elapsed.TotalSeconds;
var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
var pages = written.Sum(e => e.Pages);
Console.WriteLine($"packs={written.Count} pages={pages} bytes={written.Sum(e => e.Bytes)} seconds={seconds:F2} " +
                  $"plan_seconds={planned:F2} cpu_seconds={cpu:F2} pages_per_second={pages / seconds:F0} out={options.Out}");
return 0;
