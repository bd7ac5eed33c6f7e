namespace AgendaSearch.SearchApi.Tests.Support;

/// <summary>The seed agenda pack PDFs in the repository's corpus/ folder.</summary>
internal static class SeedPacks
{
    public const string July2021 = "scrutiny-commission-2021-07-12-agenda-pack.pdf";

    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"corpus/{fileName} not found above {AppContext.BaseDirectory}");
    }
}
