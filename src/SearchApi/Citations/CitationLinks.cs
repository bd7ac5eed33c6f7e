using AgendaSearch.Records;

namespace AgendaSearch.SearchApi.Citations;

/// <summary>
/// A record's citation URL: "/r/" + its natural-key id with ':' as '/'
/// ("/r/scrutiny-commission/2022-01-31/minute-61/resolution-b"). The id is built from the body, the
/// meeting date and the printed numbers, so the URL is the same after a full re-index.
/// </summary>
internal static class CitationLinks
{
    public const string Prefix = "/r/";

    public static string Path(string id) =>
        Prefix + string.Join('/', RecordIds.ToPath(id).Split('/').Select(Uri.EscapeDataString));

    /// <summary>The id a citation path names (the part after "/r/"), or null when it cannot be one.</summary>
    public static string? IdOf(string? path) =>
        string.IsNullOrWhiteSpace(path) || path.Contains(':') ? null : RecordIds.FromPath(path);

    /// <summary>
    /// <paramref name="path"/> made absolute with the request's scheme, host and path base, for
    /// documents read away from the site (feeds, spreadsheets). Behind a proxy, forwarded headers
    /// must be applied first for this to be the public address.
    /// </summary>
    public static string Absolute(HttpRequest request, string path) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
}
