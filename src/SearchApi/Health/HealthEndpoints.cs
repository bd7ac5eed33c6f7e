using AgendaSearch.SearchApi.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Health;

internal static class HealthEndpoints
{
    /// <summary>Registers what /healthz reports in embedded mode (cluster mode replaces it).</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services) =>
        services.AddSingleton<INodeHealth, IndexHealth>();

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth)
            .WithName("Health")
            .WithTags("Health");
        return app;
    }

    /// <summary>
    /// Liveness and readiness: the index is open and answers; records is how many it holds. In cluster mode also
    /// the roles and the journal head, applied position and lag; 503 while the lag is above Cluster:ReadyLag.
    /// </summary>
    /// <param name="health">What this process reports (a service).</param>
    /// <param name="cancellation">The request's cancellation.</param>
    internal static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> GetHealth(INodeHealth health, CancellationToken cancellation)
    {
        var (response, ready) = await health.CheckAsync(cancellation);
        return ready ? TypedResults.Ok(response) : TypedResults.Json(response, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
