using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Contracts;
using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AgendaSearch.SearchApi.Documents;

/// <summary>
/// One record by id. Ids are colon-separated slugs ("scrutiny-commission:2022-01-31:minute-61:resolution-b");
/// a ':' in a path segment needs no escaping, and "%3A" is decoded to the same id.
/// </summary>
internal static class DocumentEndpoints
{
    public const int DefaultRelated = 10;
    public const int MaxRelated = 50;

    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/documents").WithTags("Documents");
        documents.MapGet("/{id}", GetDocument)
            .WithName("GetDocument");
        documents.MapGet("/{id}/related", GetRelated)
            .WithName("GetRelated");
        return app;
    }

    /// <summary>A whole record with its text and links to its PDF, meeting and parent.</summary>
    /// <param name="id">A record id, e.g. "scrutiny-commission:2022-01-31:minute-61:resolution-b".</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<Ok<DocumentResponse>, NotFoundProblem> GetDocument(string id, ISearchIndex index) =>
        index.Get(id) is { } record
            ? TypedResults.Ok(DocumentResponse.Of(record))
            : Unknown(id);

    /// <summary>Records like this one (MoreLikeThis), best first.</summary>
    /// <param name="id">A record id, e.g. "scrutiny-commission:2022-01-31:item-9".</param>
    /// <param name="count">How many related records, 1 to 50 (default 10).</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<Ok<RelatedResponse>, NotFoundProblem, ValidationProblem> GetRelated(
        string id, [FromQuery] string? count, ISearchIndex index)
    {
        var check = new QueryParameters();
        var wanted = check.Number("count", count, DefaultRelated, 1, MaxRelated,
            $"a whole number from 1 to {MaxRelated} (default {DefaultRelated})");
        if (!check.IsValid)
        {
            return Problems.Invalid(check.Errors, "The related-records parameters are not valid");
        }

        if (index.Get(id) is null)
        {
            return Unknown(id);
        }

        return TypedResults.Ok(new RelatedResponse(index.Related(id, wanted).Select(RecordSummary.From).ToList()));
    }

    internal static NotFoundProblem Unknown(string id) =>
        Problems.NotFound("No such record", $"There is no record with id \"{id}\". Ids come from search hits (hits[].id).");
}
