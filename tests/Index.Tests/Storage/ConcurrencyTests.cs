using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Storage;

public sealed class ConcurrencyTests
{
    private const int Batch = 25;
    private const int Batches = 20;

    [Fact]
    public async Task Searches_running_beside_the_writer_see_only_whole_commits()
    {
        using var index = SearchIndex.OpenInMemory();
        using var writing = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var pack = 0; pack < Batches; pack++)
            {
                var packId = $"pack-{pack}";
                index.ReplacePack(packId, Enumerable.Range(0, Batch)
                    .Select(i => Sample.Record($"{packId}:{i}", "Budget report", $"budget line {i}", packId: packId, officers: ["Chris Tambini"]))
                    .ToList());
                index.Commit(new Dictionary<string, string> { ["packs"] = (pack + 1).ToString() });
            }

            writing.Cancel();
        });

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var seen = new List<int>();
            while (!writing.IsCancellationRequested)
            {
                var results = index.Search(new SearchRequest { Query = "budget", Officers = ["Chris Tambini"] });
                seen.Add(results.Total);
                Assert.Equal(results.Total, results.Facets["officer"].SingleOrDefault()?.Count ?? 0);
            }

            return seen;
        })).ToList();

        await writer;
        foreach (var seen in await Task.WhenAll(readers))
        {
            Assert.All(seen, total => Assert.Equal(0, total % Batch));
            Assert.Equal(seen.Order(), seen);
        }

        Assert.Equal(Batch * Batches, index.Search(new SearchRequest { Query = "budget" }).Total);
        Assert.Equal(Batches.ToString(), index.CommittedUserData["packs"]);
    }

    [Fact]
    public void A_commit_with_only_new_user_data_is_stored()
    {
        using var folder = new TempFolder();
        var path = folder.Path;
        using (var index = SearchIndex.Open(new IndexOptions { Path = path }))
        {
            index.Commit(new Dictionary<string, string> { ["ledger"] = "v1" });
            index.Commit(new Dictionary<string, string> { ["ledger"] = "v2" });
            Assert.Equal("v2", index.CommittedUserData["ledger"]);
        }

        using var reopened = SearchIndex.Open(new IndexOptions { Path = path });
        Assert.Equal("v2", reopened.CommittedUserData["ledger"]);
    }
}
