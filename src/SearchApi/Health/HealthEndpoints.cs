using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Health;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth)
            .WithName("Health")
            .WithTags("Health");
        return app;
    }

    /// <summary>Liveness: the index is open and answers; records is how many it holds.</summary>
    /// <param name="index">The search index (a service).</param>
    internal static Ok<HealthResponse> GetHealth(ISearchIndex index) =>
        TypedResults.Ok(new HealthResponse("ok", index.Count));
}
