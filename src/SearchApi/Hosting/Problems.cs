using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Hosting;

/// <summary>The API's problem+json answers, with a title and a detail a person can act on.</summary>
internal static class Problems
{
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors, string title) =>
        TypedResults.ValidationProblem(
            errors,
            detail: string.Join(" ", errors.Values.SelectMany(messages => messages)),
            title: title);

    public static NotFoundProblem NotFound(string title, string detail) => new(title, detail);
}
