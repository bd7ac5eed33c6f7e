namespace AgendaSearch.Ingest.Tests;

/// <summary>Locates the repository root and the seed packs in its corpus/ folder.</summary>
internal static class Corpus
{
    public static string Root { get; } = FindRoot();

    public static string Pack(string name) => Path.Combine(Root, "corpus", name);

    public const string July2021 = "scrutiny-commission-2021-07-12-agenda-pack.pdf";
    public const string March2022 = "scrutiny-commission-2022-03-09-agenda-pack.pdf";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AgendaSearch.sln")))
                return dir.FullName;
        throw new InvalidOperationException("AgendaSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
