using System.Text;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgendaSearch.Ingest.Tests.Worker.Fixtures;

/// <summary>
/// A corpus folder, an on-disk Lucene index and a pipeline over them with the fake extractor. Restart
/// disposes pipeline and index and opens both again, as a process restart would.
/// </summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    private readonly TempFolder indexFolder = new();
    private readonly TimeSpan compactAfter;
    private DateTime clock = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private ISearchIndex? index;
    private IngestPipeline? pipeline;

    /// <param name="compactAfter">The pipeline's quiet time before compacting; by default longer than any test.</param>
    public PipelineHarness(TimeSpan? compactAfter = null)
    {
        this.compactAfter = compactAfter ?? TimeSpan.FromHours(1);
        Extractor = new FakeExtractor(Folder.Path);
        Start();
    }

    public TempFolder Folder { get; } = new();
    public FakeExtractor Extractor { get; }
    public IngestPipeline Pipeline => pipeline!;
    public ISearchIndex Index => index!;

    /// <summary>The index folder, which a reader can open beside the writer to see the last commit.</summary>
    public string IndexPath => indexFolder.Path;

    /// <summary>The index as the pipeline sees it, which can be told to fail a write.</summary>
    public FailingIndex Failing { get; private set; } = null!;

    /// <summary>Writes a file with a modification time one minute after the previous write's, so every write is a change.</summary>
    public void Write(string file, string content)
    {
        var path = Folder.Write(file, Encoding.UTF8.GetBytes(content));
        clock = clock.AddMinutes(1);
        File.SetLastWriteTimeUtc(path, clock);
    }

    public void Delete(string file) => File.Delete(Folder.File(file));

    /// <summary>Plans (the whole corpus, or the given paths), waits for every extraction and commits.</summary>
    public async Task SyncAsync(params string[] paths)
    {
        await Pipeline.SyncAsync(paths.Length == 0 ? null : paths, CancellationToken.None);
        await Pipeline.WhenIdleAsync(CancellationToken.None);
        Pipeline.Commit();
    }

    public async Task RestartAsync()
    {
        await Stop();
        Start();
    }

    public IReadOnlyList<string> RecordIds() =>
        Index.Search(new SearchRequest { PageSize = 10_000 }).Hits.Select(h => h.Record.Id).Order(StringComparer.Ordinal).ToList();

    public LedgerEntry Entry(string file) => Pipeline.Ledger[file] ?? throw new KeyNotFoundException(file);

    private void Start()
    {
        index = Failing = new FailingIndex(SearchIndex.Open(new IndexOptions { Path = indexFolder.Path }));
        var options = new IngestOptions { CorpusPath = Folder.Path, Parallelism = 2, CommitInterval = TimeSpan.FromMilliseconds(50), CompactAfter = compactAfter };
        pipeline = new IngestPipeline(options, index, Extractor, new PageRecords(), NullLogger.Instance);
        pipeline.Start();
    }

    private async Task Stop()
    {
        await pipeline!.DisposeAsync();
        index!.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await Stop();
        Folder.Dispose();
        indexFolder.Dispose();
    }
}
