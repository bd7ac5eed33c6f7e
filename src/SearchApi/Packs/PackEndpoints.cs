using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Packs;

internal static class PackEndpoints
{
    public static IEndpointRouteBuilder MapPackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/packs/{packId}/pdf", GetPdf)
            .WithName("GetPackPdf")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .WithTags("Packs");
        return app;
    }

    /// <summary>The source PDF of a pack; range requests work, and #page=N opens it at a page.</summary>
    /// <remarks>
    /// The pack id is only a key into the registry of known packs: whatever the request holds, the
    /// file served is one the registry listed, so "..%2F.." and the like find nothing.
    /// </remarks>
    /// <param name="packId">A pack id as given in a record's pdf link.</param>
    /// <param name="packs">The registry of pack files (a service).</param>
    internal static Results<PhysicalFileHttpResult, NotFoundProblem> GetPdf(string packId, IPackFiles packs)
    {
        if (packs.PathOf(packId) is { } path && File.Exists(path))
        {
            return TypedResults.PhysicalFile(path, "application/pdf", enableRangeProcessing: true);
        }

        return Problems.NotFound(
            "No such pack",
            $"There is no agenda pack with id \"{packId}\". Pack PDFs are linked from records (pdf).");
    }
}
