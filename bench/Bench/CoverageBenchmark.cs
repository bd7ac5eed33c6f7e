using AgendaSearch.Ingest.Coverage;

namespace AgendaSearch.Bench;

/// <summary>The coverage measure (<see cref="CorpusCoverage"/>) of a folder of PDFs, as one key=value line for bench/run.</summary>
internal static class CoverageBenchmark
{
    public static int Run(string directory, int samplePerFile, bool verbose)
    {
        if (!Directory.EnumerateFiles(directory, "*.pdf").Any())
        {
            Console.Error.WriteLine($"no PDFs in {directory}");
            return 1;
        }

        Console.WriteLine(CorpusCoverage.Measure(directory, samplePerFile, Console.Error, verbose));
        return 0;
    }
}
