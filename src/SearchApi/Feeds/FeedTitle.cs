using AgendaSearch.Index.Search;
using AgendaSearch.Records;

namespace AgendaSearch.SearchApi.Feeds;

/// <summary>"AgendaSearch: “budget” in minute, Scrutiny Commission, 2022, from 2022-01-01": what the feed follows.</summary>
internal static class FeedTitle
{
    public static string Of(SearchRequest request)
    {
        var filters = request.Types.Select(RecordKinds.Name)
            .Concat(request.Bodies)
            .Concat(request.Officers)
            .Concat(request.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(request.From is { } from ? [$"from {from:yyyy-MM-dd}"] : [])
            .Concat(request.To is { } to ? [$"to {to:yyyy-MM-dd}"] : [])
            .ToList();
        var what = request.Query is { Length: > 0 } q ? $"\u201c{q}\u201d" : "all records";
        return filters.Count > 0 ? $"AgendaSearch: {what} in {string.Join(", ", filters)}" : $"AgendaSearch: {what}";
    }
}
