using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Contracts;
using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AgendaSearch.SearchApi.Glossary;

internal static class GlossaryEndpoints
{
    /// <summary>Records listed per definition unless asked otherwise; the count of all is given beside them.</summary>
    private const int DefaultPlaces = 5;

    private const int MaxPlaces = 50;

    /// <summary>Longer than any council's name: such a value is a mistake, answered before the index is read.</summary>
    private const int MaxCouncilLength = 200;

    public static IEndpointRouteBuilder MapGlossaryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/glossary", GetGlossary)
            .WithName("GetGlossary")
            .WithTags("Glossary");
        return app;
    }

    /// <summary>The acronyms a search understands, per council: learned from its papers, and the built-in list.</summary>
    /// <remarks>
    /// Each entry is an acronym, its long form, the council, its source ("papers" or "built-in") and, for papers,
    /// how many records print the definition and some of them (record id, pack, page, title). A search for either
    /// form finds the other within that council.
    /// </remarks>
    /// <param name="council">Council name or slug, e.g. "Leicestershire County Council"; absent: every council.</param>
    /// <param name="places">Records listed per definition, 0 to 50 (default 5).</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<Ok<GlossaryResponse>, ValidationProblem, NotFoundProblem> GetGlossary(
        [FromQuery] string? council, [FromQuery] string? places, ISearchIndex index)
    {
        var check = new QueryParameters();
        var listed = check.Number("places", places, DefaultPlaces, 0, MaxPlaces, $"a whole number from 0 to {MaxPlaces}");
        var named = string.IsNullOrWhiteSpace(council) ? null : council.Trim();
        if (named is { Length: > MaxCouncilLength })
        {
            check.Add("council", $"council must be a council's name or slug of at most {MaxCouncilLength} characters.");
        }

        if (!check.IsValid)
        {
            return Problems.Invalid(check.Errors, "The glossary parameters are not valid");
        }

        var entries = index.Glossary(named, listed);
        if (named is not null && entries.Count == 0)
        {
            return Problems.NotFound(
                "No such council",
                $"No council named \"{named}\" is in the index. Council names are the values of the council facet of /api/search.");
        }

        return TypedResults.Ok(new GlossaryResponse(named is null ? null : entries[0].Council ?? named, entries.Count, entries));
    }
}
