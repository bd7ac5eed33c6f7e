using System.Globalization;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Scoring;

namespace AgendaSearch.Ingest.Commands;

/// <summary>
/// `score GOLD_DIR PDF_DIR [--verbose]`: parses the PDF each gold file names (its "pdf" field) and scores the
/// parse with <see cref="PackScore"/>; prints "NAME score" per file (a check line each with --verbose), then
/// "mean: F over N files, K failed". An unreadable PDF scores 0 and is reported as failed.
/// </summary>
internal sealed class ScoreCommand : ICommand
{
    public string Name => "score";
    public string Usage => "score GOLD_DIR PDF_DIR [--verbose]   score the parse of each gold file's PDF, and the mean";

    public Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var verbose = args.Contains("--verbose");
        var paths = args.Where(a => a != "--verbose").ToArray();
        if (paths.Length != 2 || !Directory.Exists(paths[0]) || !Directory.Exists(paths[1]))
        {
            stderr.WriteLine("usage: " + Usage);
            return Task.FromResult(2);
        }

        var golds = Directory.GetFiles(paths[0], "*.json").Order(StringComparer.Ordinal).ToList();
        var results = new (string Name, PackScoreResult? Result, string? Failure)[golds.Count];
        Parallel.For(0, golds.Count, new ParallelOptions { CancellationToken = cancellation }, i => results[i] = One(golds[i], paths[1]));
        foreach (var (name, result, failure) in results)
        {
            stdout.WriteLine(result is null ? $"{name} failed: {failure}" : $"{name} {result.Score.ToString("0.000", CultureInfo.InvariantCulture)}");
            if (verbose && result is not null)
                stdout.WriteLine("  " + result.Report().Replace("\n", "\n  "));
        }
        var mean = results.Sum(r => r.Result?.Score ?? 0) / Math.Max(1, results.Length);
        stdout.WriteLine($"mean: {mean.ToString("0.000", CultureInfo.InvariantCulture)} over {results.Length} files, {results.Count(r => r.Result is null)} failed");
        return Task.FromResult(0);
    }

    private static (string, PackScoreResult?, string?) One(string goldPath, string pdfFolder)
    {
        var name = Path.GetFileNameWithoutExtension(goldPath);
        try
        {
            return (name, PackScore.ScoreGoldFile(goldPath, pdfFolder), null);
        }
        catch (Exception e) when (e is PdfReadException or IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            return (name, null, e.Message);
        }
    }
}
