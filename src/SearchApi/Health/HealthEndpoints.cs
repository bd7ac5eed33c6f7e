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
            .WithSummary("Liveness: the index opens and answers")
            .WithTags("Health");
        return app;
    }

    internal static Ok<HealthResponse> GetHealth(ISearchIndex index) =>
        TypedResults.Ok(new HealthResponse("ok", index.Count));
}
