using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Hosting;

/// <summary>
/// Opens the index while the host starts, so a bad Index:Path or an index locked by another
/// process stops the service with that error instead of failing the first request.
/// </summary>
internal sealed partial class SearchIndexOpener(
    IServiceProvider services, IOptions<IndexOptions> options, ILogger<SearchIndexOpener> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var index = services.GetRequiredService<ISearchIndex>();
        var path = Path.GetFullPath(options.Value.Path);
        if (index.ReplacedSchema is { } old)
        {
            LogSchemaReplaced(path, old);
        }

        LogOpened(path, index.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Index at {Path} was written by another version of AgendaSearch (layout {Old}); it starts empty and the ingest worker rebuilds it from the corpus")]
    private partial void LogSchemaReplaced(string path, string old);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index at {Path} holds {Count} records")]
    private partial void LogOpened(string path, int count);
}
