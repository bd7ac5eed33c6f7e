namespace AgendaSearch.Ingest.Resolutions;

/// <summary>Lower-case roman numerals for list labels (i, ii, iii ... xx).</summary>
internal static class Roman
{
    private static readonly string[] Numerals =
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

    public static string? Next(string numeral)
    {
        var at = Array.IndexOf(Numerals, numeral);
        return at >= 0 && at + 1 < Numerals.Length ? Numerals[at + 1] : null;
    }
}
