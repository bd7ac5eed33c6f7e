using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>
/// Scores the parsed seed packs with the project's scorer (../shared/tools/score-pack, beside the
/// repository) against the hand-checked gold files.
/// </summary>
public sealed class SeedPackScoreTests
{
    private static readonly string Shared = Path.GetFullPath(Path.Combine(Corpus.Root, "..", "shared"));

    [Theory]
    [InlineData(Corpus.July2021)]
    [InlineData(Corpus.March2022)]
    public void Seed_pack_scores_at_least_0_95_against_its_gold_file(string pack)
    {
        var parsed = Path.Combine(Path.GetTempPath(), $"agendasearch-{Guid.NewGuid():N}.json");
        File.WriteAllText(parsed, ParsedJson.Serialize(ParsedSeedPacks.Get(pack)));
        try
        {
            var output = Score(Path.Combine(Shared, "gold", Path.ChangeExtension(pack, ".json")), parsed);
            var score = double.Parse(Regex.Match(output, @"^score: ([0-9.]+)$", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(score >= 0.95, $"score {score} below 0.95:\n{output}");
        }
        finally
        {
            File.Delete(parsed);
        }
    }

    private static string Score(string gold, string parsed)
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
