using AgendaSearch.Ingest.Worker;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Ingest;

internal static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ingest/status", GetStatus)
            .WithName("GetIngestStatus")
            .WithSummary("Every corpus file's ingest state (pending, indexed, failed, no-text, duplicate), totals and progress")
            .WithTags("Ingest");
        return app;
    }

    /// <summary>
    /// The ledger as of now, including files still pending, with totals and the worker's progress (in cluster mode
    /// the shared ledger; 503 while PostgreSQL cannot be reached).
    /// </summary>
    /// <param name="status">Where the ledger is read (a service).</param>
    /// <param name="cancellation">The request's cancellation.</param>
    internal static async Task<Results<Ok<IngestStatus>, ProblemHttpResult>> GetStatus(IIngestStatusReader status, CancellationToken cancellation)
    {
        return await status.ReadAsync(cancellation) is { } ledger
            ? TypedResults.Ok(ledger)
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The shared store (PostgreSQL) cannot be reached");
    }
}
