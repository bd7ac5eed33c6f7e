namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// The API's own URLs, built in one place. Ids keep their ':' (the routes accept it) and any
/// other reserved character is percent-encoded.
/// </summary>
internal static class ApiLinks
{
    public static string Document(string id) => $"/api/documents/{Segment(id)}";

    public static string Related(string id) => $"{Document(id)}/related";

    public static string Trail(string id) => $"{Document(id)}/trail";

    public static string Meeting(string id) => $"/api/meetings/{Segment(id)}";

    /// <summary>The pack's PDF, opened at <paramref name="page"/> when it is known.</summary>
    public static string Pdf(string packId, int? page) =>
        $"/api/packs/{Segment(packId)}/pdf" + (page is { } p ? $"#page={p}" : "");

    private static string Segment(string id) =>
        Uri.EscapeDataString(id).Replace("%3A", ":", StringComparison.OrdinalIgnoreCase);
}
