using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AgendaSearch.SearchApi.Hosting;

/// <summary>
/// A 404 written as application/problem+json through the problem details service (so it carries
/// the trace id like every other problem). TypedResults.NotFound(problem) would send the same
/// body as plain application/json.
/// </summary>
internal sealed class NotFoundProblem(string title, string detail)
    : IResult, IStatusCodeHttpResult, IValueHttpResult<ProblemDetails>, IEndpointMetadataProvider
{
    public ProblemDetails Value { get; } = new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = title,
        Detail = detail,
    };

    public int? StatusCode => StatusCodes.Status404NotFound;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(Value).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
}
