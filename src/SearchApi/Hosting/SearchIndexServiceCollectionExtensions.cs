using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Hosting;

internal static class SearchIndexServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IndexOptions"/> ("Index" section) and registers the index as a singleton,
    /// opened while the host starts and disposed by the container at shutdown (which rolls back anything
    /// uncommitted). A relative Index:Path is taken from the working directory.
    /// </summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services)
    {
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section);
        services.AddSingleton<ISearchIndex>(provider =>
            SearchIndex.Open(provider.GetRequiredService<IOptions<IndexOptions>>().Value));
        services.AddHostedService<SearchIndexOpener>();
        return services;
    }
}
