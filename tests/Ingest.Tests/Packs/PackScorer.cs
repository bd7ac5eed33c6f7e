using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>
/// Runs the project's scorer (../shared/tools/score-pack, beside the repository) on a parsed pack
/// against a gold or truth file, and returns its overall score with the per-check output.
/// </summary>
internal static class PackScorer
{
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Corpus.Root, "..", "shared"));

    public static (double Score, string Output) Score(string gold, AgendaPack pack)
    {
        var parsed = Path.Combine(Path.GetTempPath(), $"agendasearch-{Guid.NewGuid():N}.json");
        File.WriteAllText(parsed, ParsedJson.Serialize(pack));
        try
        {
            var output = Run(gold, parsed);
            var score = double.Parse(Regex.Match(output, @"^score: ([0-9.]+)$", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
            return (score, output);
        }
        finally
        {
            File.Delete(parsed);
        }
    }

    private static string Run(string gold, string parsed)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(Shared, "tools", "score-pack"), gold, parsed })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score-pack failed ({process.ExitCode}):\n{output}\n{errors}");
        return output;
    }
}
