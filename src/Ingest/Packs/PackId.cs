namespace AgendaSearch.Ingest.Packs;

/// <summary>
/// The id of a pack, taken from its file name: the name without extension, lower-cased, each
/// character outside [a-z0-9-] replaced by '-'. The index, the worker's ledger and the pdf URL
/// (/api/packs/{id}/pdf) all use it, so a URL never carries a file name or a path.
/// </summary>
public static class PackId
{
    public static string FromPath(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        return string.Create(name.Length, name, static (slug, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                slug[i] = IsIdChar(source[i]) ? source[i] : '-';
            }
        });
    }

    /// <summary>True when <paramref name="value"/> could be an id: not empty, only [a-z0-9-].</summary>
    public static bool IsWellFormed(string value) => value.Length > 0 && value.All(IsIdChar);

    private static bool IsIdChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';
}
