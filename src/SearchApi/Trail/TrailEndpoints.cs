using AgendaSearch.Index.Search;
using AgendaSearch.Index.Trail;
using AgendaSearch.SearchApi.Citations;
using AgendaSearch.SearchApi.Documents;
using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Trail;

internal static class TrailEndpoints
{
    public static IEndpointRouteBuilder MapTrailEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}/trail", GetTrail)
            .WithName("GetTrail")
            .WithSummary("The decision trail: agenda item, report, minute, resolutions, confirmation and later references")
            .WithTags("Documents");
        return app;
    }

    /// <summary>Built from the index on each request, so it links packs in whatever order they were indexed.</summary>
    internal static Results<Ok<TrailResponse>, NotFoundProblem> GetTrail(string id, ISearchIndex index)
    {
        if (new TrailBuilder(index).Build(id) is not { } trail)
        {
            return DocumentEndpoints.Unknown(id);
        }

        return TypedResults.Ok(new TrailResponse(
            trail.Anchor.Id,
            CitationLinks.Path(trail.Anchor.Id),
            trail.Steps.Select(step => TrailStepResponse.From(step, trail.Anchor.Id)).ToList()));
    }
}
