namespace AgendaSearch.Fts5Server;

/// <summary>The /api/search parameters the benchmark uses, with the API's defaults (20 hits a page, relevance order).</summary>
internal sealed record BaselineRequest(
    string? Query,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Bodies,
    IReadOnlyList<string> Officers,
    IReadOnlyList<int> Years,
    int? From,
    int? To,
    bool ByDate,
    int Page,
    int PageSize)
{
    public static BaselineRequest Read(IQueryCollection query)
    {
        var q = query["q"].ToString();
        return new BaselineRequest(
            string.IsNullOrWhiteSpace(q) ? null : q,
            Values(query, "type"),
            Values(query, "body"),
            Values(query, "officer"),
            Values(query, "year").Select(int.Parse).ToList(),
            Date(query["from"]),
            Date(query["to"]),
            query["sort"] == "date" || string.IsNullOrWhiteSpace(q),
            int.TryParse(query["page"], out var page) && page > 0 ? page : 1,
            int.TryParse(query["pageSize"], out var size) && size is > 0 and <= 100 ? size : 20);
    }

    private static List<string> Values(IQueryCollection query, string name) =>
        query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();

    private static int? Date(string? text) =>
        DateOnly.TryParse(text, out var d) ? d.Year * 10000 + d.Month * 100 + d.Day : null;
}
