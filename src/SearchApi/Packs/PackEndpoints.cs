using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Packs;

internal static class PackEndpoints
{
    public static IEndpointRouteBuilder MapPackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/packs/{packId}/pdf", GetPdf)
            .WithName("GetPackPdf")
            .WithSummary("The source PDF of a pack (range requests supported; add #page=N to open at a page)")
            .WithTags("Packs");
        return app;
    }

    /// <summary>
    /// The pack id is only a key into <see cref="IPackFiles"/>: whatever the request holds, the
    /// file served is one the registry listed, so "..%2F.." and the like find nothing.
    /// </summary>
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
