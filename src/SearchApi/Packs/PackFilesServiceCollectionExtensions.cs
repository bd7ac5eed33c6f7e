using AgendaSearch.SearchApi.Corpus;

namespace AgendaSearch.SearchApi.Packs;

internal static class PackFilesServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="CorpusOptions"/> and registers the corpus scan as <see cref="IPackFiles"/>.
    /// The ingest worker registers its ledger-backed registry after this call; the last
    /// registration is the one resolved.
    /// </summary>
    public static IServiceCollection AddPackFiles(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.Section);
        services.AddSingleton<IPackFiles, CorpusPackFiles>();
        return services;
    }
}
