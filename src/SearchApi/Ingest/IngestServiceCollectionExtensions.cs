namespace AgendaSearch.SearchApi.Ingest;

internal static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Seam for the ingest worker (branch h-worker), which replaces this file: it binds the
    /// "Ingest" section (Ingest:Enabled) and registers the hosted service that fills the index
    /// from Corpus:Path. Until then the index holds whatever was written to it.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services) => services;
}
