using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Commands;
using AgendaSearch.Ingest.Tests.Worker;
using DirectoryReader = Lucene.Net.Index.DirectoryReader;
using Lucene.Net.Store;

namespace AgendaSearch.Ingest.Tests.Commands;

/// <summary>The batch verb on the seed packs: every pack indexed, the index left in one segment, and a rerun reads nothing.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder corpus = new();
    private readonly TempFolder index = new();

    [Fact]
    public async Task A_batch_indexes_the_seed_packs_into_one_segment_and_a_rerun_reads_nothing()
    {
        foreach (var pack in new[] { Corpus.July2021, Corpus.March2022 })
            File.Copy(Corpus.Pack(pack), corpus.File(pack));

        var (code, output, errors) = await Run(corpus.Path, "--index", index.Path, "--jobs", "1");

        Assert.Equal(0, code);
        Assert.StartsWith("ingest: 2 files (2 read now)", output);
        Assert.Contains("ingest: index merged into one segment", errors);
        Assert.Equal(1, CommittedSegments());

        var (again, rerun, _) = await Run(corpus.Path, "--index", index.Path);
        Assert.Equal(0, again);
        Assert.StartsWith("ingest: 2 files (0 read now)", rerun);
        using var opened = SearchIndex.Open(new IndexOptions { Path = index.Path });
        Assert.NotEmpty(opened.Search(new SearchRequest { Query = "scrutiny" }).Hits);
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await new IngestCommand().RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private int CommittedSegments()
    {
        using var directory = FSDirectory.Open(index.Path);
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }

    public void Dispose()
    {
        corpus.Dispose();
        index.Dispose();
    }
}
