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
            .WithTags("Documents");
        return app;
    }

    /// <summary>The decision trail: agenda item, report, minute, resolutions, confirmation and later references.</summary>
    /// <remarks>Built from the index on each request, so it links packs in whatever order they were indexed.</remarks>
    /// <param name="id">A record id, e.g. "scrutiny-commission:2022-01-31:minute-61".</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<Ok<TrailResponse>, NotFoundProblem> GetTrail(string id, ISearchIndex index)
    {
        if (new TrailBuilder(index).Build(id) is not { } trail)
        {
            return DocumentEndpoints.Unknown(id);
        }

        return TypedResults.Ok(new TrailResponse(
            trail.Anchor.Id,
            CitationLinks.Path(trail.Anchor.Id),
            trail.Steps.Select(step => TrailStepResponse.From(step, trail.Anchor)).ToList()));
    }
}
