using System.Text.Json.Nodes;

namespace AgendaSearch.Cluster.E2E.Tests.Support;

/// <summary>The default mode (one process, no PostgreSQL) run on a corpus: what every cluster node must equal.</summary>
internal static class EmbeddedBuild
{
    /// <summary>The records an embedded build (the default mode: one process, no PostgreSQL) of the corpus exports.</summary>
    public static async Task<IReadOnlyList<string>> ExportAsync(TestCorpus corpus)
    {
        var index = Directory.CreateTempSubdirectory("agendasearch-embedded-");
        await using var embedded = SearchApiProcess.Start("embedded", new Dictionary<string, string>(ClusterNodes.CommonSettings.ToDictionary())
        {
            ["Corpus:Path"] = corpus.Path,
            ["Index:Path"] = index.FullName,
        });
        var files = corpus.Files.Count;
        await Eventually.HoldsAsync("the embedded build to read every file", ClusterNodes.Patience, async () =>
        {
            var status = await embedded.GetAsync("/api/ingest/status");
            if (status is null)
                return "no answer";
            var json = JsonNode.Parse(status.Value.Body)!;
            var totals = json["totals"]!;
            var progress = json["progress"]!;
            return totals["files"]!.GetValue<int>() == files && totals["pending"]!.GetValue<int>() == 0 &&
                   progress["queued"]!.GetValue<int>() == 0 && progress["extracting"]!.GetValue<int>() == 0
                ? null
                : $"totals {totals.ToJsonString()}, progress queued {progress["queued"]}, extracting {progress["extracting"]}";
        }, () => embedded.Tail());
        // The last file's records become searchable at the worker's next commit: wait for two equal exports.
        IReadOnlyList<string> previous = [];
        IReadOnlyList<string> export = [];
        await Eventually.HoldsAsync("the embedded build's export to settle", ClusterNodes.Patience, async () =>
        {
            previous = export;
            await Task.Delay(TimeSpan.FromSeconds(1));
            export = await Exports.ReadAsync(embedded);
            return export.Count > 0 && export.SequenceEqual(previous) ? null : $"{export.Count} records, then {previous.Count}";
        }, () => embedded.Tail());
        await embedded.StopAsync();
        index.Delete(recursive: true);
        return export;
    }
}
