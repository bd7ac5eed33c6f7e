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

    /// <summary>The ledger as of now, including files still pending, with totals and the worker's progress.</summary>
    internal static Ok<IngestStatus> GetStatus(IngestPipeline pipeline) => TypedResults.Ok(pipeline.Status());
}
