namespace AgendaSearch.E2E.Tests;

/// <summary>Paths in the repository checkout the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AgendaSearch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AgendaSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
