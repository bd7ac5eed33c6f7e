using System.Text.Json;

namespace AgendaSearch.SearchApi.Tests.Support;

/// <summary>Short reads of the API's JSON for assertions.</summary>
internal static class Json
{
    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();

    public static IReadOnlyList<JsonElement> Items(this JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().ToList();

    /// <summary>The ids of the objects in array <paramref name="name"/>, in order.</summary>
    public static IReadOnlyList<string> Ids(this JsonElement element, string name) =>
        element.Items(name).Select(item => item.Str("id")).ToList();

    /// <summary>A facet as "value=count" strings, in the order the API sent them.</summary>
    public static IReadOnlyList<string> Facet(this JsonElement results, string name) =>
        results.GetProperty("facets").Items(name).Select(f => $"{f.Str("value")}={f.Int("count")}").ToList();

    /// <summary>The first message the problem gives for <paramref name="parameter"/>.</summary>
    public static string Error(this JsonElement problem, string parameter) =>
        problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
}
