using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Hosting;

internal static class SearchIndexServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IndexOptions"/> ("Index" section) and registers the index as a singleton,
    /// opened while the host starts and disposed by the container at shutdown (which rolls back anything
    /// uncommitted). The path is made absolute here so the log shows where the index is.
    /// </summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services)
    {
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section);
        services.AddSingleton<ISearchIndex>(provider =>
        {
            var path = Path.GetFullPath(provider.GetRequiredService<IOptions<IndexOptions>>().Value.Path);
            return SearchIndex.Open(new IndexOptions { Path = path });
        });
        services.AddHostedService<SearchIndexOpener>();
        return services;
    }
}
