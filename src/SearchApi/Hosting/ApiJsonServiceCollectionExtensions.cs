namespace AgendaSearch.SearchApi.Hosting;

internal static class ApiJsonServiceCollectionExtensions
{
    /// <summary>
    /// Puts <see cref="ApiJsonContext"/> first in the minimal APIs' JSON type resolvers; types it does not
    /// know still go to the reflection-based resolver behind it.
    /// </summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
}
